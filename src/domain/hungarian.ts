// Minimum-cost assignment on a rectangular cost matrix (Kuhn–Munkres), by shortest augmenting paths with
// row and column potentials (the Jonker–Volgenant formulation): O(n²·m) for n ≤ m, on typed arrays so a
// 300 × 150 flash-mentoring round takes milliseconds.

export type AssignmentErrorCode = 'invalid-size' | 'non-finite-cost';

export class AssignmentError extends Error {
  constructor(
    readonly code: AssignmentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AssignmentError';
  }
}

export interface Assignment {
  /** Column assigned to each row, or -1 when there are more rows than columns and the row is left out. */
  rowToColumn: Int32Array;
  /** Row assigned to each column, or -1. */
  columnToRow: Int32Array;
  /** Sum of the chosen cells' costs. */
  totalCost: number;
}

/**
 * The assignment of min(rows, columns) distinct row–column pairs with the least total cost.
 * `costs` holds the matrix row by row (`costs[r * columns + c]`); every cost must be finite (use a large
 * finite number for "never", so the caller can see when it had to be used).
 */
export function solveAssignment(costs: Float64Array, rows: number, columns: number): Assignment {
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0 || costs.length !== rows * columns) {
    throw new AssignmentError('invalid-size', `The cost matrix should hold ${rows} × ${columns} numbers but holds ${costs.length}.`);
  }
  for (let k = 0; k < costs.length; k++) {
    if (!Number.isFinite(costs[k]!)) {
      throw new AssignmentError('non-finite-cost', `The cost in row ${Math.floor(k / columns)}, column ${k % columns} is not a finite number.`);
    }
  }
  const rowToColumn = new Int32Array(rows).fill(-1);
  const columnToRow = new Int32Array(columns).fill(-1);
  if (rows === 0 || columns === 0) return { rowToColumn, columnToRow, totalCost: 0 };

  // The algorithm assigns every row of a matrix with no more rows than columns; solve the transpose otherwise.
  if (rows <= columns) {
    solveWide(costs, rows, columns, rowToColumn, columnToRow);
  } else {
    const transposed = new Float64Array(rows * columns);
    for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) transposed[c * rows + r] = costs[r * columns + c]!;
    solveWide(transposed, columns, rows, columnToRow, rowToColumn);
  }
  let totalCost = 0;
  for (let r = 0; r < rows; r++) {
    const c = rowToColumn[r]!;
    if (c >= 0) totalCost += costs[r * columns + c]!;
  }
  return { rowToColumn, columnToRow, totalCost };
}

/** Convenience for small matrices written as arrays of rows (tests, tools). */
export function solveAssignmentMatrix(matrix: readonly (readonly number[])[]): Assignment {
  const rows = matrix.length;
  const columns = rows === 0 ? 0 : matrix[0]!.length;
  const costs = new Float64Array(rows * columns);
  matrix.forEach((row, r) => {
    if (row.length !== columns) throw new AssignmentError('invalid-size', `Row ${r} has ${row.length} numbers; the first row has ${columns}.`);
    for (let c = 0; c < columns; c++) costs[r * columns + c] = row[c]!;
  });
  return solveAssignment(costs, rows, columns);
}

/**
 * n ≤ m. Adds one row at a time and grows a shortest-path tree over columns (Dijkstra on reduced costs
 * a[i][j] − u[i] − v[j] ≥ 0) until it reaches a free column, then flips the path. Arrays are 1-based with
 * index 0 as the virtual column the new row starts from.
 */
function solveWide(a: Float64Array, n: number, m: number, rowToColumn: Int32Array, columnToRow: Int32Array): void {
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const matchedRow = new Int32Array(m + 1); // row (1-based) holding each column, 0 = free
  const way = new Int32Array(m + 1); // previous column on the shortest path
  const minReduced = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);

  for (let i = 1; i <= n; i++) {
    matchedRow[0] = i;
    let j0 = 0;
    minReduced.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = matchedRow[j0]!;
      const ui0 = u[i0]!;
      const base = (i0 - 1) * m - 1;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j] === 1) continue;
        const reduced = a[base + j]! - ui0 - v[j]!;
        if (reduced < minReduced[j]!) {
          minReduced[j] = reduced;
          way[j] = j0;
        }
        if (minReduced[j]! < delta) {
          delta = minReduced[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j] === 1) {
          const row = matchedRow[j]!;
          u[row] = u[row]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minReduced[j] = minReduced[j]! - delta;
        }
      }
      j0 = j1;
    } while (matchedRow[j0] !== 0);
    do {
      const j1 = way[j0]!;
      matchedRow[j0] = matchedRow[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }

  for (let j = 1; j <= m; j++) {
    const i = matchedRow[j]!;
    if (i > 0) {
      rowToColumn[i - 1] = j - 1;
      columnToRow[j - 1] = i - 1;
    }
  }
}
