// The dashboard's charts (Fluent UI's v9 charts). Colours are the Fluent theme's own tokens, so the
// Teams default, dark and contrast themes each colour them; they are picked so that the series of a
// chart differ in the contrast theme too (its tokens come down to cyan, white, yellow and green). The
// figures come from the same tables the table view and the CSV show.
import { GroupedVerticalBarChart, ResponsiveContainer, VerticalStackedBarChart, type GroupedVerticalBarChartData, type VerticalStackedChartProps } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import { WEEK_STATUSES, type TopicBalance, type TopicResults, type WeekCounts } from '../../domain/program-insight';
import { STATUS_LABELS, isoDay, type DashboardFigures } from '../../domain/dashboard-figures';

/** The chart's box; its width follows the section (down to 320 px), re-measured as it changes. */
const HEIGHT = 320;
/** A chart shows the first few rows; the table view shows them all. */
const CHART_ROWS = 8;

const STATUS_COLORS: Record<(typeof WEEK_STATUSES)[number], string> = {
  requested: tokens.colorPaletteMarigoldBorderActive,
  scheduled: tokens.colorBrandForegroundLink,
  held: tokens.colorPaletteGreenForeground1,
  cancelled: tokens.colorNeutralForegroundDisabled,
  'no-result': tokens.colorPaletteRedBorderActive,
};

export function DemandChart({ balance }: { balance: readonly TopicBalance[] }) {
  const data: GroupedVerticalBarChartData[] = balance.slice(0, CHART_ROWS).map((b) => ({
    name: b.topic,
    series: [
      { key: 'demand', legend: 'Demand (requests and searches with no free mentor)', data: b.requests + b.unmetSearches, color: tokens.colorPaletteRedBorderActive },
      { key: 'supply', legend: 'Free slots in the next two weeks', data: b.freeSlotsTwoWeeks, color: tokens.colorPaletteGreenForeground1 },
    ],
  }));
  return (
    <ResponsiveContainer height={HEIGHT}>
      <GroupedVerticalBarChart chartTitle="Demand and supply per topic" data={data} wrapXAxisLables />
    </ResponsiveContainer>
  );
}

export function WeeksChart({ weeks, zone }: { weeks: readonly WeekCounts[]; zone: string }) {
  const data: VerticalStackedChartProps[] = weeks.slice(-12).map((w) => ({
    xAxisPoint: isoDay(zone, w.weekStart).slice(5),
    chartData: WEEK_STATUSES.map((s) => ({ legend: STATUS_LABELS[s], data: w.counts[s], color: STATUS_COLORS[s] })),
  }));
  return (
    <ResponsiveContainer height={HEIGHT}>
      <VerticalStackedBarChart chartTitle="Sessions per week by status" data={data} />
    </ResponsiveContainer>
  );
}

export function ResultsChart({ results }: { results: readonly TopicResults[] }) {
  const data: VerticalStackedChartProps[] = results.slice(0, CHART_ROWS).map((r) => ({
    xAxisPoint: r.topic,
    chartData: [
      { legend: 'Met', data: r.met, color: tokens.colorPaletteGreenForeground1 },
      { legend: 'Partly', data: r.partly, color: tokens.colorPaletteMarigoldBorderActive },
      { legend: 'Not yet', data: r.notYet, color: tokens.colorBrandForegroundLink },
    ],
  }));
  return (
    <ResponsiveContainer height={HEIGHT}>
      <VerticalStackedBarChart chartTitle="Results per topic" data={data} wrapXAxisLables />
    </ResponsiveContainer>
  );
}

export function LoadChart({ loads }: { loads: DashboardFigures['loads'] }) {
  const data: GroupedVerticalBarChartData[] = loads.slice(0, CHART_ROWS).map((l) => ({
    name: l.name,
    series: [
      { key: 'sessions', legend: 'Sessions this week', data: l.thisWeek, color: tokens.colorPaletteBlueBorderActive },
      { key: 'cap', legend: 'Weekly cap', data: l.capacityPerWeek ?? 0, color: tokens.colorNeutralForeground3 },
    ],
  }));
  return (
    <ResponsiveContainer height={HEIGHT}>
      <GroupedVerticalBarChart chartTitle="Mentor load this week" data={data} wrapXAxisLables />
    </ResponsiveContainer>
  );
}
