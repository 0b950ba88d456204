import { Field, SearchBox, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { TIME_BOXES, type TimeBoxMinutes } from '../../domain/time-box';
import type { DirectoryFilters, Facets } from './use-directory';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  select: { minWidth: '10rem', flexGrow: 1, maxWidth: '100%' },
});

export interface DirectoryFiltersProps {
  filters: DirectoryFilters;
  facets: Facets;
  onChange: (next: Partial<DirectoryFilters>) => void;
}

/** The search box and the four filters; every control is labelled for screen readers. */
export function DirectoryFilterBar({ filters, facets, onChange }: DirectoryFiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="search">
      <Field label="Search by topic or describe your question" hint='For example "how do I present my budget to the board?"'>
        <SearchBox
          data-testid="directory-search"
          value={filters.query}
          maxLength={280}
          onChange={(_, data) => onChange({ query: data.value })}
          placeholder="Topic or question"
        />
      </Field>
      <div className={styles.row}>
        <Field label="Topic" className={styles.select}>
          <Select value={filters.topic ?? ''} onChange={(_, d) => onChange({ topic: d.value || undefined })} data-testid="filter-topic">
            <option value="">Any topic</option>
            {facets.topics.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Department" className={styles.select}>
          <Select value={filters.department ?? ''} onChange={(_, d) => onChange({ department: d.value || undefined })} data-testid="filter-department">
            <option value="">Any department</option>
            {facets.departments.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Session length" className={styles.select}>
          <Select
            value={filters.length ? String(filters.length) : ''}
            onChange={(_, d) => onChange({ length: d.value ? (Number(d.value) as TimeBoxMinutes) : undefined })}
            data-testid="filter-length"
          >
            <option value="">Any length</option>
            {TIME_BOXES.map((box) => (
              <option key={box} value={box}>
                {box} minutes
              </option>
            ))}
          </Select>
        </Field>
        <Switch label="Free this week" checked={filters.freeThisWeek} onChange={(_, d) => onChange({ freeThisWeek: d.checked })} data-testid="filter-free-this-week" />
      </div>
    </div>
  );
}
