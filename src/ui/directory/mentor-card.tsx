import { Badge, Button, Card, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { Viewer } from '../common/tab-ports';
import { capacityText, formatSlot } from './format-slot';
import { MentorPhoto } from './mentor-photo';
import type { MentorResult, SlotView } from './use-directory';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-start', minWidth: 0 },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
  topics: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
  slot: { color: tokens.colorNeutralForeground2 },
  load: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

export interface MentorCardProps {
  result: MentorResult;
  viewer: Viewer;
  onOpen: (mentorId: string) => void;
}

/**
 * Each calendar batch and page re-ranks the directory and gives every result a new object;
 * a card draws again only when what it shows changed, so a batch does not redraw twenty cards.
 */
export const MentorCard = memo(MentorCardView, (before, after) => {
  const a = before.result;
  const b = after.result;
  return (
    before.viewer === after.viewer &&
    before.onOpen === after.onOpen &&
    a.mentor === b.mentor &&
    sameSlot(a.slot, b.slot) &&
    a.ranked.topicFit.mentorTopic === b.ranked.topicFit.mentorTopic &&
    a.ranked.atCapacity === b.ranked.atCapacity &&
    a.ranked.capacityLeft.week === b.ranked.capacityLeft.week &&
    a.ranked.capacityLeft.month === b.ranked.capacityLeft.month
  );
});

function sameSlot(a: SlotView, b: SlotView): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'slot' && b.kind === 'slot') return a.start === b.start && a.box === b.box;
  if (a.kind === 'none' && b.kind === 'none') return a.box === b.box;
  if (a.kind === 'problem' && b.kind === 'problem') return a.message === b.message;
  return true;
}

function MentorCardView({ result, viewer, onOpen }: MentorCardProps) {
  const styles = useStyles();
  const { mentor, ranked, slot } = result;
  const titleId = `mentor-${mentor.id}-name`;
  return (
    <Card className={styles.card} data-testid="mentor-card" data-mentor-id={mentor.id} aria-labelledby={titleId} role="listitem">
      <div className={styles.head}>
        <MentorPhoto userId={mentor.id} name={mentor.displayName} />
        <div className={styles.who}>
          <Text as="h3" block weight="semibold" size={400} id={titleId}>
            {mentor.displayName}
          </Text>
          <Text className={styles.meta}>{[mentor.jobTitle, mentor.department].filter(Boolean).join(' · ')}</Text>
        </div>
      </div>
      <ul className={styles.topics} aria-label="Topics">
        {mentor.topics.map((topic) => (
          <li key={topic}>
            <Badge appearance="tint" color={ranked.topicFit.mentorTopic === topic ? 'brand' : 'informative'}>
              {topic}
            </Badge>
          </li>
        ))}
      </ul>
      <Text size={200}>{ranked.atCapacity ? `Fully booked this ${ranked.atCapacity}` : capacityText(ranked.capacityLeft, { week: mentor.capacityPerWeek, month: mentor.capacityPerMonth })}</Text>
      {viewer.isProgramManager ? (
        <Text size={200} className={styles.load} data-testid="mentor-load">
          Load: {loadText(mentor.bookedThisWeek, mentor.capacityPerWeek, 'this week')} · {loadText(mentor.bookedThisMonth, mentor.capacityPerMonth, 'this month')}
        </Text>
      ) : null}
      <div className={styles.slot}>
        {slot.kind === 'loading' ? (
          <Spinner size="extra-tiny" labelPosition="after" label="Finding free time…" data-testid="slot-loading" />
        ) : slot.kind === 'slot' ? (
          <Text data-testid="next-slot" data-start={slot.start}>
            Next free: {formatSlot(slot.start, viewer)} ({slot.box} min)
          </Text>
        ) : slot.kind === 'none' ? (
          <Text data-testid="no-slot">No shared free time in the next two weeks</Text>
        ) : (
          <Text data-testid="slot-problem">{slot.message}</Text>
        )}
      </div>
      <Button appearance="primary" onClick={() => onOpen(mentor.id)} aria-describedby={titleId}>
        See times and ask
      </Button>
    </Card>
  );
}

function loadText(booked: number, cap: number | undefined, period: string): string {
  return cap === undefined ? `${booked} ${period} (no limit)` : `${booked} of ${cap} ${period}`;
}
