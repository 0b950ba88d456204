import { seededRandom } from './seeded-random';
import munkres from 'munkres';
import { AssignmentError, solveAssignment, solveAssignmentMatrix } from './hungarian';


function randomMatrix(random: () => number, rows: number, columns: number, kind: 'integers' | 'floats' | 'negative'): number[][] {
  return Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () => (kind === 'integers' ? Math.floor(random() * 20) : kind === 'floats' ? random() * 100 : -random())),
  );
}

function oracleTotal(matrix: number[][]): number {
  return munkres(matrix).reduce((sum, [r, c]) => sum + matrix[r]![c]!, 0);
}

function expectValidAssignment(matrix: number[][], result: ReturnType<typeof solveAssignmentMatrix>): void {
  const rows = matrix.length;
  const columns = matrix[0]?.length ?? 0;
  const used = new Set<number>();
  let assigned = 0;
  let total = 0;
  result.rowToColumn.forEach((c, r) => {
    if (c < 0) return;
    expect(used.has(c)).toBe(false);
    used.add(c);
    expect(result.columnToRow[c]).toBe(r);
    assigned++;
    total += matrix[r]![c]!;
  });
  expect(assigned).toBe(Math.min(rows, columns));
  expect(result.totalCost).toBeCloseTo(total, 9);
}

/** Costs whose sums are exact in floating point (integers, eighths), so both optima must agree to the bit. */
function exactTotal(matrix: number[][], result: ReturnType<typeof solveAssignmentMatrix>): number {
  let total = 0;
  result.rowToColumn.forEach((c, r) => {
    if (c >= 0) total += matrix[r]![c]!;
  });
  return total;
}

function shapes(random: () => number, n: number, maxRows: number): [number, number] {
  const rows = 1 + Math.floor(random() * maxRows);
  const shape = n % 3;
  const columns = shape === 0 ? rows : shape === 1 ? rows + 1 + Math.floor(random() * 8) : Math.max(1, rows - 1 - Math.floor(random() * 8));
  return [rows, columns];
}

describe('solveAssignment', () => {
  it('matches the munkres oracle exactly on many random square, wide and tall integer matrices', () => {
    const random = seededRandom(42);
    for (let n = 0; n < 600; n++) {
      const [rows, columns] = shapes(random, n, 12);
      const matrix = randomMatrix(random, rows, columns, 'integers');
      const result = solveAssignmentMatrix(matrix);
      expectValidAssignment(matrix, result);
      expect(result.totalCost).toBe(oracleTotal(matrix));
      expect(exactTotal(matrix, result)).toBe(result.totalCost);
    }
  });

  it('matches the oracle on random float and negative matrices', () => {
    const random = seededRandom(43);
    for (let n = 0; n < 400; n++) {
      const [rows, columns] = shapes(random, n, 12);
      const matrix = randomMatrix(random, rows, columns, n % 2 === 0 ? 'floats' : 'negative');
      const result = solveAssignmentMatrix(matrix);
      expectValidAssignment(matrix, result);
      expect(result.totalCost).toBeCloseTo(oracleTotal(matrix), 9);
    }
  });

  it('matches the oracle on larger matrices like a flash-mentoring round', () => {
    const random = seededRandom(7);
    for (const [rows, columns] of [
      [60, 30],
      [30, 60],
      [50, 50],
      [150, 150],
      [120, 300],
    ] as const) {
      for (const kind of ['floats', 'integers'] as const) {
        const matrix = randomMatrix(random, rows, columns, kind);
        const result = solveAssignmentMatrix(matrix);
        expectValidAssignment(matrix, result);
        if (kind === 'integers') expect(result.totalCost).toBe(oracleTotal(matrix));
        else expect(result.totalCost).toBeCloseTo(oracleTotal(matrix), 6);
      }
    }
  });

  it('finds the optimum when many cells tie or are forbidden (a large finite cost)', () => {
    const random = seededRandom(3);
    for (let n = 0; n < 300; n++) {
      const [rows, columns] = shapes(random, n, n < 250 ? 10 : 80);
      const forbidden = n % 2 === 0 ? 1e6 : 1e12;
      const matrix = Array.from({ length: rows }, () => Array.from({ length: columns }, () => (random() < 0.4 ? forbidden : random() < 0.5 ? -1 : Math.floor(random() * 3))));
      const result = solveAssignmentMatrix(matrix);
      expectValidAssignment(matrix, result);
      expect(result.totalCost).toBe(oracleTotal(matrix));
    }
  });

  it('uses a forbidden cell only when every assignment needs one', () => {
    const NEVER = 1e9;
    const open = solveAssignmentMatrix([
      [1, NEVER, 5],
      [NEVER, 2, NEVER],
    ]);
    expect(Array.from(open.rowToColumn)).toEqual([0, 1]);
    expect(open.totalCost).toBe(3);
    const forced = solveAssignmentMatrix([
      [NEVER, 4],
      [NEVER, 3],
    ]);
    expect(forced.totalCost).toBe(NEVER + 3);
  });

  it('matches the oracle on large values without losing a unit', () => {
    const random = seededRandom(11);
    for (let n = 0; n < 100; n++) {
      const [rows, columns] = shapes(random, n, 15);
      const matrix = Array.from({ length: rows }, () => Array.from({ length: columns }, () => Math.floor(random() * 2 ** 40) - 2 ** 39));
      const result = solveAssignmentMatrix(matrix);
      expect(result.totalCost).toBe(oracleTotal(matrix));
    }
  });

  it('matches the oracle on tiered costs like a rotation round: byes first, then fit, repeats prohibitive', () => {
    const random = seededRandom(19);
    for (let n = 0; n < 40; n++) {
      // Mentees (rows) × seats (columns): a seated mentee earns BIG per bye so far plus a fit in eighths,
      // seats of one mentor are equal columns, and a mentor already met costs REPEAT.
      const mentees = 5 + Math.floor(random() * (n < 30 ? 30 : 120));
      const mentorSeats = Array.from({ length: 2 + Math.floor(random() * (mentees / 3)) }, () => 1 + Math.floor(random() * 4));
      const big = mentees + 1;
      const repeat = big * (mentees + 1) * 8;
      const byes = Array.from({ length: mentees }, () => Math.floor(random() * 3));
      const matrix = byes.map((b) =>
        mentorSeats.flatMap((seats) => {
          const cost = random() < 0.2 ? repeat : -big * (1 + b) - Math.floor(random() * 9) / 8;
          return Array.from({ length: seats }, () => cost);
        }),
      );
      const result = solveAssignmentMatrix(matrix);
      expectValidAssignment(matrix, result);
      expect(result.totalCost).toBe(oracleTotal(matrix));
    }
  });

  it('leaves the extra rows out of a tall matrix', () => {
    const result = solveAssignmentMatrix([[5], [1], [3]]);
    expect(Array.from(result.rowToColumn)).toEqual([-1, 0, -1]);
    expect(Array.from(result.columnToRow)).toEqual([1]);
    expect(result.totalCost).toBe(1);
  });

  it('handles empty matrices and single rows or columns', () => {
    expect(solveAssignment(new Float64Array(0), 0, 0).totalCost).toBe(0);
    expect(solveAssignmentMatrix([[7]]).totalCost).toBe(7);
    expect(Array.from(solveAssignmentMatrix([[4, 2, 9]]).rowToColumn)).toEqual([1]);
    expect(Array.from(solveAssignmentMatrix([[3, 3, 3]]).columnToRow.filter((r) => r === 0))).toEqual([0]);
    expect(Array.from(solveAssignment(new Float64Array(0), 3, 0).rowToColumn)).toEqual([-1, -1, -1]);
  });

  it('rejects a wrong size or a non-finite cost, with a code', () => {
    expect(() => solveAssignment(new Float64Array(5), 2, 3)).toThrow(expect.objectContaining({ code: 'invalid-size' }));
    expect(() => solveAssignmentMatrix([[1, 2], [3]])).toThrow(AssignmentError);
    expect(() => solveAssignmentMatrix([[1, Infinity]])).toThrow(expect.objectContaining({ code: 'non-finite-cost', message: 'The cost in row 0, column 1 is not a finite number.' }));
    expect(() => solveAssignmentMatrix([[NaN]])).toThrow(expect.objectContaining({ code: 'non-finite-cost' }));
  });
});
