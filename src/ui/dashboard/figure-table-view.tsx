import { makeStyles, tokens } from '@fluentui/react-components';
import type { FigureTable } from '../../domain/dashboard-figures';

const useStyles = makeStyles({
  // Wide tables scroll inside their own box at 320 px, never the page.
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1 },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { fontWeight: tokens.fontWeightSemibold, verticalAlign: 'bottom', minWidth: '5rem' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/**
 * One of the dashboard's tables, exactly as the CSV holds it. Each cell carries its column's header
 * (data-column) and each row its first cell (data-row), so a test can read a figure by row and column.
 */
export function FigureTableView({ table }: { table: FigureTable }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={`${table.title}, table`}>
      <table className={styles.table} data-testid={`table-${table.id}`}>
        <thead>
          <tr>
            {table.header.map((h) => (
              <th key={h} scope="col" className={`${styles.cell} ${styles.head}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td className={styles.cell} colSpan={table.header.length}>
                Nothing in this period.
              </td>
            </tr>
          ) : (
            table.rows.map((row, r) => (
              <tr key={`${row[0]}-${r}`} data-row={String(row[0])}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row" className={styles.cell} data-column={table.header[c]}>
                      {cell}
                    </th>
                  ) : (
                    <td key={c} className={typeof cell === 'number' ? `${styles.cell} ${styles.number}` : styles.cell} data-column={table.header[c]}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
