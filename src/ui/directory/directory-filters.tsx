import { Field, SearchBox, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { TIME_BOXES, type TimeBoxMinutes } from '../../domain/time-box';
import type { DirectoryFilters, Facets } from './use-directory';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  select: { minWidth: '10rem', flexGrow: 1, maxWidth: '100%' },
});

/** The two filters whose choices are the values the listed mentors have. */
const FACETS = [
  { key: 'topic', choices: 'topics', label: 'Topic', any: 'Any topic' },
  { key: 'department', choices: 'departments', label: 'Department', any: 'Any department' },
] as const;

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
        {FACETS.map(({ key, choices, label, any }) => (
          <Field key={key} label={label} className={styles.select}>
            <Select value={filters[key] ?? ''} onChange={(_, d) => onChange({ [key]: d.value || undefined })} data-testid={`filter-${key}`}>
              <option value="">{any}</option>
              {facets[choices].map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </Select>
          </Field>
        ))}
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
