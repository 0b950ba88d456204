import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { dashboardCsv, dashboardFigures, figureTables, isoDay, percent, type DashboardData, type DashboardFilter } from '../../domain/dashboard-figures';
import { ErrorState } from '../common/error-state';
import { LoadingState } from '../common/loading-state';
import { usePorts } from '../common/ports-context';
import { ChartSection } from './chart-section';
import { DemandChart, LoadChart, ResultsChart, WeeksChart } from './dashboard-charts';
import { DashboardFilters, type FilterDraft } from './dashboard-filters';
import { parseDay } from './day-value';
import { FigureTableView } from './figure-table-view';
import { PilotForm } from './pilot-form';
import { PilotsSection } from './pilots-section';
import { useDashboard } from './use-dashboard';

const DAY = 86_400_000;
/** The dashboard opens on the last twelve weeks (demand is weighed against the next two weeks' supply). */
const DEFAULT_WEEKS = 12;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  sections: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 30rem), 1fr))', gap: tokens.spacingHorizontalL, minWidth: 0 },
  figures: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  figure: { display: 'flex', flexDirection: 'column' },
  value: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  short: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** The Program tab: demand against supply, results, mentor load and pilots, for program managers. */
export function DashboardScreen() {
  const ports = usePorts();
  const { state, retry, pilotStarted } = useDashboard(ports.dashboard);
  if (state.kind === 'loading') return <LoadingState label={state.progress?.label ?? 'Reading the program…'} />;
  if (state.kind === 'failed') return <ErrorState error={state.error} onRetry={retry} />;
  return <DashboardView data={state.data} onPilotStarted={pilotStarted} />;
}

function DashboardView({ data, onPilotStarted }: { data: DashboardData; onPilotStarted: (p: DashboardData['pilots'][number]) => void }) {
  const styles = useStyles();
  const { viewer, now } = usePorts();
  const zone = viewer.zone;
  const at = useMemo(() => now(), [now]);
  const initial: FilterDraft = { from: isoDay(zone, at - DEFAULT_WEEKS * 7 * DAY), to: '', department: '', topic: '', pilot: '' };
  const [draft, setDraft] = useState<FilterDraft>(initial);
  const [lastGood, setLastGood] = useState<DashboardFilter>(() => {
    const p = toFilter(initial, zone);
    return p.ok ? p.filter : {};
  });
  const [starting, setStarting] = useState(false);

  const parsed = useMemo(() => toFilter(draft, zone), [draft, zone]);
  const filter = parsed.ok ? parsed.filter : lastGood;
  const figures = useMemo(() => dashboardFigures(data, filter, zone, at), [data, filter, zone, at]);
  const tables = useMemo(() => figureTables(figures, zone), [figures, zone]);
  const table = (id: string) => tables.find((t) => t.id === id)!;
  const departments = useMemo(() => [...new Set(data.sessions.map((s) => s.menteeDepartment).filter((d): d is string => !!d))].sort(), [data]);
  const topics = useMemo(() => [...new Set([...data.sessions.map((s) => s.topic.trim()), ...data.mentors.flatMap((m) => m.topics)])].sort((a, b) => a.localeCompare(b)), [data]);
  const short = figures.balance.filter((b) => b.short);

  const download = () => {
    const blob = new Blob([dashboardCsv(tables)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `micromentor-dashboard-${isoDay(zone, at)}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className={styles.root} data-testid="dashboard">
      <div className={styles.head}>
        <Title3 as="h2">Program</Title3>
        <Button onClick={download} data-testid="download-csv">
          Download CSV
        </Button>
      </div>
      <DashboardFilters
        draft={draft}
        errors={parsed.ok ? {} : parsed.errors}
        departments={departments}
        topics={topics}
        pilots={data.pilots}
        onChange={(next) => {
          setDraft(next);
          const p = toFilter(next, zone);
          if (p.ok) setLastGood(p.filter);
        }}
        onClear={() => {
          const all: FilterDraft = { from: '', to: '', department: '', topic: '', pilot: '' };
          setDraft(all);
          setLastGood({});
        }}
      />
      {data.skipped > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="skipped-rows">
          <MessageBarBody>
            <MessageBarTitle>{data.skipped === 1 ? '1 row left out' : `${data.skipped} rows left out`}</MessageBarTitle>
            {Object.entries(data.skippedByField)
              .map(([field, n]) => `${n} with a value in “${field}” Micromentor cannot use`)
              .join('; ')}
            . Correct them in Microsoft Lists to count them.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.figures} role="group" aria-label="Key figures">
        <Figure label="Sessions" value={String(figures.sessionCount)} id="figure-sessions" />
        <Figure label="Median days from request to session" value={figures.medianWaitDays === undefined ? '—' : String(figures.medianWaitDays)} id="figure-median-wait" />
        <Figure label="Held" value={String(figures.outcomes.held)} id="figure-held" />
        <Figure label="Thank-you notes" value={percent(figures.outcomes.thankYouShare)} id="figure-thank-you" />
        <Figure label="Follow-ups" value={String(figures.outcomes.followUpsSuggested)} id="figure-follow-ups" />
        <Figure label="Sequences completed" value={`${figures.outcomes.sequencesCompleted} of ${figures.outcomes.sequencesStarted}`} id="figure-sequences" />
        <Figure label="Useful flash rounds" value={'unreadable' in figures.flash ? 'not readable' : figures.flash.rated === 0 ? '—' : percent(figures.flash.useful / figures.flash.rated)} id="figure-flash" />
      </div>
      {'unreadable' in figures.flash ? <Text size={200}>{figures.flash.unreadable}</Text> : null}
      {starting ? (
        <PilotForm
          onCancel={() => setStarting(false)}
          onStarted={(p) => {
            onPilotStarted(p);
            setStarting(false);
          }}
        />
      ) : null}
      <PilotsSection pilots={figures.pilots} table={table('pilots')} zone={zone} onStart={starting ? undefined : () => setStarting(true)} />
      <div className={styles.sections}>
        <ChartSection
          table={table('demand')}
          description="Asks in the period (requests, and searches that found no mentor with free time) against mentors' free slots in the next two weeks, within their caps."
          chart={<DemandChart balance={figures.balance} />}
          extra={
            short.length > 0 ? (
              <div className={styles.short} data-testid="short-topics">
                {short.map((b) => (
                  <MessageBar key={b.topic} intent="warning" layout="multiline">
                    <MessageBarBody>
                      <MessageBarTitle>{b.topic}</MessageBarTitle>
                      {b.requests + b.unmetSearches} asks, {b.freeSlotsTwoWeeks} free slots.{' '}
                      {b.couldAdd.length > 0 ? `Mentors with room who could add it: ${b.couldAdd.join(', ')}.` : 'No mentor with room could add it this fortnight.'}
                    </MessageBarBody>
                  </MessageBar>
                ))}
              </div>
            ) : (
              <Text size={200}>No topic's demand outruns its supply in this period.</Text>
            )
          }
        />
        <ChartSection table={table('weeks')} description="By the week each session starts in, from Monday (the chart shows the last 12 weeks)." chart={<WeeksChart weeks={figures.weeks} zone={zone} />} />
        <ChartSection table={table('results')} description="Held sessions with a result, against what each mentee said success would be." chart={<ResultsChart results={figures.results} />} />
        <ChartSection table={table('load')} description="Sessions this week against each mentor's weekly cap (the chart shows the busiest)." chart={<LoadChart loads={figures.loads} />} />
      </div>
      <section aria-labelledby="heading-outcomes" data-testid="section-outcomes">
        <Title3 as="h3" id="heading-outcomes" style={{ fontSize: tokens.fontSizeBase400 }}>
          Outcomes
        </Title3>
        <FigureTableView table={table('outcomes')} />
      </section>
    </div>
  );
}

function Figure({ label, value, id }: { label: string; value: string; id: string }) {
  const styles = useStyles();
  return (
    <div className={styles.figure}>
      <Text size={200} id={`${id}-label`}>
        {label}
      </Text>
      <span className={styles.value} data-testid={id} aria-labelledby={`${id}-label`}>
        {value}
      </span>
    </div>
  );
}

type Parsed = { ok: true; filter: DashboardFilter } | { ok: false; errors: Partial<Record<'from' | 'to', string>> };

function toFilter(draft: FilterDraft, zone: string): Parsed {
  const from = parseDay(draft.from, zone);
  const to = parseDay(draft.to, zone, 1);
  const errors: Partial<Record<'from' | 'to', string>> = {};
  if (!from.ok) errors.from = from.message;
  if (!to.ok) errors.to = to.message;
  if (from.ok && to.ok && from.start !== undefined && to.start !== undefined && to.start <= from.start) errors.to = 'Pick a day on or after the first.';
  if (errors.from || errors.to || !from.ok || !to.ok) return { ok: false, errors };
  return {
    ok: true,
    filter: {
      ...(from.start !== undefined ? { from: from.start } : {}),
      ...(to.start !== undefined ? { to: to.start } : {}),
      ...(draft.department ? { department: draft.department } : {}),
      ...(draft.topic ? { topic: draft.topic } : {}),
      ...(draft.pilot ? { pilot: draft.pilot } : {}),
    },
  };
}
