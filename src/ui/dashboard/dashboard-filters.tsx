import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { StoredPilot } from '../../domain/dashboard-figures';

/** What the filter fields hold, as typed (days in the viewer's zone). */
export interface FilterDraft {
  from: string;
  to: string;
  department: string;
  topic: string;
  pilot: string;
}

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 11rem), 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

export function DashboardFilters({
  draft,
  errors,
  departments,
  topics,
  pilots,
  onChange,
  onClear,
}: {
  draft: FilterDraft;
  errors: Partial<Record<'from' | 'to', string>>;
  departments: readonly string[];
  topics: readonly string[];
  pilots: readonly StoredPilot[];
  onChange: (next: FilterDraft) => void;
  onClear: () => void;
}) {
  const styles = useStyles();
  const set = (field: keyof FilterDraft) => (_: unknown, d: { value: string }) => onChange({ ...draft, [field]: d.value });
  return (
    <div className={styles.root} role="group" aria-label="Filters">
      <Field label="From (sessions starting on or after)" validationState={errors.from ? 'error' : 'none'} validationMessage={errors.from}>
        <Input type="date" value={draft.from} onChange={set('from')} data-testid="filter-from" />
      </Field>
      <Field label="To (up to and including)" validationState={errors.to ? 'error' : 'none'} validationMessage={errors.to}>
        <Input type="date" value={draft.to} onChange={set('to')} data-testid="filter-to" />
      </Field>
      <Field label="Mentee's department">
        <Select value={draft.department} onChange={set('department')} data-testid="filter-department">
          <option value="">All departments</option>
          {departments.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Topic">
        <Select value={draft.topic} onChange={set('topic')} data-testid="filter-topic">
          <option value="">All topics</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Pilot">
        <Select value={draft.pilot} onChange={set('pilot')} data-testid="filter-pilot">
          <option value="">Whole program</option>
          {pilots.map((p) => (
            <option key={p.key} value={p.key}>
              {p.pilot.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={onClear} data-testid="filter-clear">
        All time, everyone
      </Button>
    </div>
  );
}
