// Minimum-cost assignment on a rectangular cost matrix, by Jonker–Volgenant (LAPJV): a cheap start (column
// reduction on square matrices, then augmenting row reduction) seats most rows, and shortest augmenting
// paths with column potentials seat the rest. Ties are scanned as a set, so the many equal costs of a
// flash-mentoring round end a search early instead of lengthening it. Typed arrays throughout.

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

  // The solver seats every row of a matrix with no more rows than columns; solve the transpose otherwise.
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

/** Augmenting row reduction passes, as Jonker and Volgenant found best. */
const REDUCTION_PASSES = 2;

/**
 * 0 < n ≤ m. Keeps a price v[j] per column; a row's reduced cost for column j is a[i][j] − v[j], and every
 * seated row holds a column of least reduced cost in its row. Prices only fall, and only on seated
 * columns, so when n < m every unseated column keeps price 0 ≥ every seated one: the rectangular optimality
 * condition, which is why only a square matrix may start from column reduction (it prices every column).
 */
function solveWide(a: Float64Array, n: number, m: number, rowToColumn: Int32Array, columnToRow: Int32Array): void {
  const v = new Float64Array(m);
  const free = new Int32Array(n);
  let freeCount: number;
  // Square (including one cell): column reduction seats rows first. Otherwise m ≥ 2, which the row
  // reduction needs to compare a best column with a second one.
  if (n === m) {
    freeCount = reduceColumns(a, n, v, rowToColumn, columnToRow, free);
  } else {
    for (let i = 0; i < n; i++) free[i] = i;
    freeCount = n;
  }
  for (let pass = 0; pass < REDUCTION_PASSES && freeCount > 0; pass++) {
    freeCount = reduceRows(a, n, m, v, rowToColumn, columnToRow, free, freeCount);
  }
  if (freeCount > 0) augment(a, m, v, rowToColumn, columnToRow, free, freeCount);
}

/**
 * Square only. Prices each column at its least cost and seats it on that row when the row is still free
 * (scanning columns from the last, as JV do); then each row that got exactly one column passes the slack to
 * its second-best column on to that column's price ("reduction transfer"). Returns the count of free rows,
 * listed in `free`.
 */
function reduceColumns(a: Float64Array, n: number, v: Float64Array, rowToColumn: Int32Array, columnToRow: Int32Array, free: Int32Array): number {
  const matches = new Int32Array(n);
  for (let j = n - 1; j >= 0; j--) {
    let min = a[j]!;
    let iMin = 0;
    for (let i = 1; i < n; i++) {
      const h = a[i * n + j]!;
      // Among tied rows, one with no column yet: many equal costs would otherwise pile onto one row.
      if (h < min || (h === min && matches[iMin]! > 0 && matches[i] === 0)) {
        min = h;
        iMin = i;
      }
    }
    v[j] = min;
    matches[iMin] = matches[iMin]! + 1;
    if (matches[iMin] === 1) {
      rowToColumn[iMin] = j;
      columnToRow[j] = iMin;
    } else if (min < v[rowToColumn[iMin]!]!) {
      columnToRow[rowToColumn[iMin]!] = -1;
      rowToColumn[iMin] = j;
      columnToRow[j] = iMin;
    }
  }
  let freeCount = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[freeCount++] = i;
    } else if (matches[i] === 1) {
      const j1 = rowToColumn[i]!;
      const base = i * n;
      let min = Infinity;
      for (let j = 0; j < n; j++) {
        if (j === j1) continue;
        const h = a[base + j]! - v[j]!;
        if (h < min) min = h;
      }
      v[j1] = v[j1]! - min;
    }
  }
  return freeCount;
}

/**
 * One pass of augmenting row reduction: each free row takes its cheapest column, lowering that column's
 * price to the row's second-best so the row keeps it, and frees the row it displaced. A displaced row is
 * retried at once when the price fell (progress), else left for the next pass. The step cap bounds a pass
 * (float prices can fall by 1e-13 at a time for long); rows left over go to the augmenting paths.
 */
function reduceRows(
  a: Float64Array,
  n: number,
  m: number,
  v: Float64Array,
  rowToColumn: Int32Array,
  columnToRow: Int32Array,
  free: Int32Array,
  count: number,
): number {
  let k = 0;
  let next = 0;
  let steps = 0;
  const maxSteps = 4 * n;
  while (k < count) {
    if (++steps > maxSteps) {
      while (k < count) free[next++] = free[k++]!;
      break;
    }
    const i = free[k++]!;
    const base = i * m;
    let u1 = a[base]! - v[0]!;
    let u2 = Infinity;
    let j1 = 0;
    let j2 = -1;
    // The first free column at the least cost: a round of flash mentoring ties hundreds of mentees.
    let jFree = columnToRow[0]! < 0 ? 0 : -1;
    for (let j = 1; j < m; j++) {
      const h = a[base + j]! - v[j]!;
      if (h < u2) {
        if (h >= u1) {
          u2 = h;
          j2 = j;
          if (h === u1 && jFree < 0 && columnToRow[j]! < 0) jFree = j;
        } else {
          u2 = u1;
          u1 = h;
          j2 = j1;
          j1 = j;
          jFree = columnToRow[j]! < 0 ? j : -1;
        }
      } else if (h === u1 && jFree < 0 && columnToRow[j]! < 0) {
        jFree = j;
      }
    }
    let i0 = columnToRow[j1]!;
    const fell = u1 < u2;
    if (fell) {
      v[j1] = v[j1]! - (u2 - u1);
    } else if (i0 >= 0) {
      // A tie: take a free tied column if any, else the second one, displacing its row to the next pass.
      j1 = jFree >= 0 ? jFree : j2;
      i0 = columnToRow[j1]!;
    }
    if (i0 >= 0) rowToColumn[i0] = -1;
    rowToColumn[i] = j1;
    columnToRow[j1] = i;
    if (i0 >= 0) {
      if (fell) free[--k] = i0;
      else free[next++] = i0;
    }
  }
  return next;
}

/**
 * Seats each remaining free row by the shortest augmenting path (Dijkstra over columns on reduced costs).
 * Columns at the current least distance form one set that is checked for a free column before any of them
 * is scanned; then the prices of the columns settled before the last distance move so that the path just
 * flipped is tight and every seated row still holds a cheapest column.
 */
function augment(a: Float64Array, m: number, v: Float64Array, rowToColumn: Int32Array, columnToRow: Int32Array, free: Int32Array, freeCount: number): void {
  const d = new Float64Array(m);
  const pred = new Int32Array(m);
  const columns = new Int32Array(m);
  for (let f = 0; f < freeCount; f++) {
    const freeRow = free[f]!;
    const freeBase = freeRow * m;
    for (let j = 0; j < m; j++) {
      d[j] = a[freeBase + j]! - v[j]!;
      pred[j] = freeRow;
      columns[j] = j;
    }
    // columns[0, low) are settled and scanned, [low, up) settled at distance `min`, [up, m) still open.
    let low = 0;
    let up = 0;
    let last = 0;
    let min = 0;
    let end = -1;
    while (end < 0) {
      if (up === low) {
        last = low;
        min = d[columns[up++]!]!;
        for (let k = up; k < m; k++) {
          const j = columns[k]!;
          const h = d[j]!;
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            columns[k] = columns[up]!;
            columns[up++] = j;
          }
        }
        for (let k = low; k < up; k++) {
          if (columnToRow[columns[k]!]! < 0) {
            end = columns[k]!;
            break;
          }
        }
        if (end >= 0) break;
      }
      const j1 = columns[low++]!;
      const i = columnToRow[j1]!;
      const base = i * m;
      const h = a[base + j1]! - v[j1]! - min;
      for (let k = up; k < m; k++) {
        const j = columns[k]!;
        const reduced = a[base + j]! - v[j]! - h;
        if (reduced < d[j]!) {
          d[j] = reduced;
          pred[j] = i;
          if (reduced === min) {
            if (columnToRow[j]! < 0) {
              end = j;
              break;
            }
            columns[k] = columns[up]!;
            columns[up++] = j;
          }
        }
      }
    }
    for (let k = 0; k < last; k++) {
      const j = columns[k]!;
      v[j] = v[j]! + d[j]! - min;
    }
    for (;;) {
      const i = pred[end]!;
      columnToRow[end] = i;
      const previous = rowToColumn[i]!;
      rowToColumn[i] = end;
      if (i === freeRow) break;
      end = previous;
    }
  }
}
