import { Badge, Button, Radio, RadioGroup, Field, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { formatClock, formatDay } from '../../domain/render-html';
import type { TimeBoxMinutes } from '../../domain/time-box';
import { EmptyState } from '../common/empty-state';
import { ErrorState } from '../common/error-state';
import type { MentorListing, Viewer } from '../common/tab-ports';
import { emailKey } from './directory-reducer';
import { MentorPhoto } from './mentor-photo';
import { timeBoxFor } from './slot-search';
import { mentorHasTopic, type Directory } from './use-directory';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', minWidth: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
  topics: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  day: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  slots: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0 },
  local: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  bio: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** Times per day shown before "Show all". */
const FIRST_TIMES = 8;

export interface MentorDetailProps {
  mentor: MentorListing;
  directory: Directory;
  viewer: Viewer;
  onPick: (start: number, box: TimeBoxMinutes) => void;
  onBack: () => void;
  onOpenMentor: (mentorId: string) => void;
}

export function MentorDetail({ mentor, directory, viewer, onPick, onBack, onOpenMentor }: MentorDetailProps) {
  const styles = useStyles();
  const [box, setBox] = useState<TimeBoxMinutes>(() => timeBoxFor(mentor, directory.filters.length));
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const reading = directory.state.readings[emailKey(mentor.email)];
  const mentorZone = reading?.workingHours?.zone;
  const slots = reading && directory.search ? directory.search.slots(mentor, reading, box) : undefined;
  const place = { zone: viewer.zone, locale: viewer.locale };

  const days = useMemo(() => {
    if (slots?.kind !== 'slots') return [];
    const out: { day: string; starts: number[] }[] = [];
    for (const start of slots.starts) {
      const day = formatDay(start, place);
      const last = out[out.length - 1];
      if (last && last.day === day) last.starts.push(start);
      else out.push({ day, starts: [start] });
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slots, viewer.zone, viewer.locale]);

  // Others with the same topics who have a slot, for when this mentor has none.
  const others = directory.results.filter((r) => r.mentor.id !== mentor.id && r.slot.kind === 'slot' && mentor.topics.some((t) => mentorHasTopic(r.mentor, t))).slice(0, 3);

  return (
    <section className={styles.root} data-testid="mentor-detail" aria-labelledby="mentor-detail-name">
      <div>
        <Button appearance="subtle" onClick={onBack}>
          ← Back to all mentors
        </Button>
      </div>
      <div className={styles.head}>
        <MentorPhoto userId={mentor.id} name={mentor.displayName} size={64} />
        <div>
          <Text as="h2" block size={500} weight="semibold" id="mentor-detail-name">
            {mentor.displayName}
          </Text>
          <Text as="p" block className={styles.meta}>
            {[mentor.jobTitle, mentor.department].filter(Boolean).join(' · ')}
          </Text>
        </div>
      </div>
      {mentor.bio ? <Text className={styles.bio}>{mentor.bio}</Text> : null}
      <ul className={styles.topics} aria-label="Topics">
        {mentor.topics.map((topic) => (
          <li key={topic}>
            <Badge appearance="tint">{topic}</Badge>
          </li>
        ))}
      </ul>
      <Field label="Session length">
        <RadioGroup layout="horizontal" value={String(box)} onChange={(_, d) => setBox(Number(d.value) as TimeBoxMinutes)}>
          {(mentor.sessionLengths.length > 0 ? mentor.sessionLengths : [box]).map((length) => (
            <Radio key={length} value={String(length)} label={`${length} minutes`} />
          ))}
        </RadioGroup>
      </Field>
      <Text as="h3" block size={400} weight="semibold">
        Free times in the next two weeks
      </Text>
      <Text size={200} className={styles.meta}>
        Times in your zone ({viewer.zone}){mentorZone && mentorZone !== viewer.zone ? `; ${mentor.displayName.split(' ')[0]}'s local time (${mentorZone}) beside each` : ''}.
      </Text>
      {!slots ? (
        directory.state.calendarError && !reading ? (
          <ErrorState error={directory.state.calendarError} onRetry={directory.retryCalendars} />
        ) : (
          <Spinner size="tiny" labelPosition="after" label="Finding free time…" data-testid="slot-loading" />
        )
      ) : slots.kind === 'problem' ? (
        <Text>{slots.message}</Text>
      ) : days.length === 0 ? (
        <EmptyState title="No shared free time in the next two weeks">
          {others.length > 0 ? (
            <>
              <Text>These mentors share a topic and have time:</Text>
              <ul>
                {others.map((o) => (
                  <li key={o.mentor.id}>
                    <Button appearance="transparent" onClick={() => onOpenMentor(o.mentor.id)}>
                      {o.mentor.displayName} ({o.mentor.topics.join(', ')})
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <Text>Try another session length, or another mentor with the same topic.</Text>
          )}
        </EmptyState>
      ) : (
        days.map(({ day, starts }) => {
          const shown = expanded[day] ? starts : starts.slice(0, FIRST_TIMES);
          return (
            <div key={day} className={styles.day} role="group" aria-label={day}>
              <Text weight="semibold">{day}</Text>
              <ul className={styles.slots}>
                {shown.map((start) => (
                  <li key={start}>
                    <Button data-testid="slot-option" data-start={start} onClick={() => onPick(start, box)}>
                      <span>
                        {formatClock(start, place)}
                        {mentorZone && mentorZone !== viewer.zone ? <span className={styles.local}> · {formatClock(start, { zone: mentorZone, locale: viewer.locale })} theirs</span> : null}
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
              {starts.length > shown.length ? (
                <div>
                  <Button appearance="subtle" size="small" onClick={() => setExpanded((e) => ({ ...e, [day]: true }))}>
                    Show all {starts.length} times
                  </Button>
                </div>
              ) : null}
            </div>
          );
        })
      )}
    </section>
  );
}
