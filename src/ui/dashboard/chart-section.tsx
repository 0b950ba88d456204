import { Subtitle2, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { FigureTable } from '../../domain/dashboard-figures';
import { FigureTableView } from './figure-table-view';
import { usePanelStyles } from './panel-styles';

const useStyles = makeStyles({
  chart: { minWidth: 0, width: '100%' },
});

/**
 * A chart with its table view: the toggle swaps the chart for the same figures as a table (what a
 * screen reader reads, and what the CSV holds). `extra` sits under either view.
 */
export function ChartSection({ table, description, chart, extra }: { table: FigureTable; description?: string; chart: ReactNode; extra?: ReactNode }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const [asTable, setAsTable] = useState(false);
  const headingId = `heading-${table.id}`;
  return (
    <section className={panel.root} aria-labelledby={headingId} data-testid={`section-${table.id}`}>
      <div className={panel.head}>
        <Subtitle2 as="h3" id={headingId}>
          {table.title}
        </Subtitle2>
        <ToggleButton size="small" checked={asTable} onClick={() => setAsTable((v) => !v)} data-testid={`table-toggle-${table.id}`}>
          Table view
        </ToggleButton>
      </div>
      {description ? <Text size={200}>{description}</Text> : null}
      {asTable || table.rows.length === 0 ? (
        <FigureTableView table={table} />
      ) : (
        <div className={styles.chart} data-testid={`chart-${table.id}`}>
          {chart}
        </div>
      )}
      {extra}
    </section>
  );
}
