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

describe('solveAssignment', () => {
  it('matches the munkres oracle on many random square and rectangular matrices', () => {
    const random = seededRandom(42);
    const kinds = ['integers', 'floats', 'negative'] as const;
    for (let n = 0; n < 600; n++) {
      const rows = 1 + Math.floor(random() * 12);
      const shape = n % 3;
      const columns = shape === 0 ? rows : shape === 1 ? rows + 1 + Math.floor(random() * 8) : Math.max(1, rows - 1 - Math.floor(random() * 8));
      const matrix = randomMatrix(random, rows, columns, kinds[n % kinds.length]!);
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
    ] as const) {
      const matrix = randomMatrix(random, rows, columns, 'floats');
      const result = solveAssignmentMatrix(matrix);
      expectValidAssignment(matrix, result);
      expect(result.totalCost).toBeCloseTo(oracleTotal(matrix), 6);
    }
  });

  it('finds the optimum when many cells tie or are prohibitive', () => {
    const random = seededRandom(3);
    for (let n = 0; n < 100; n++) {
      const rows = 2 + Math.floor(random() * 8);
      const columns = 2 + Math.floor(random() * 8);
      const matrix = Array.from({ length: rows }, () => Array.from({ length: columns }, () => (random() < 0.4 ? 1e6 : random() < 0.5 ? -1 : 0)));
      const result = solveAssignmentMatrix(matrix);
      expectValidAssignment(matrix, result);
      expect(result.totalCost).toBeCloseTo(oracleTotal(matrix), 6);
    }
  });

  it('leaves the extra rows out of a tall matrix', () => {
    const result = solveAssignmentMatrix([[5], [1], [3]]);
    expect(Array.from(result.rowToColumn)).toEqual([-1, 0, -1]);
    expect(Array.from(result.columnToRow)).toEqual([1]);
    expect(result.totalCost).toBe(1);
  });

  it('handles empty matrices', () => {
    expect(solveAssignment(new Float64Array(0), 0, 0).totalCost).toBe(0);
    expect(Array.from(solveAssignment(new Float64Array(0), 3, 0).rowToColumn)).toEqual([-1, -1, -1]);
  });

  it('rejects a wrong size or a non-finite cost, with a code', () => {
    expect(() => solveAssignment(new Float64Array(5), 2, 3)).toThrow(expect.objectContaining({ code: 'invalid-size' }));
    expect(() => solveAssignmentMatrix([[1, 2], [3]])).toThrow(AssignmentError);
    expect(() => solveAssignmentMatrix([[1, Infinity]])).toThrow(expect.objectContaining({ code: 'non-finite-cost', message: 'The cost in row 0, column 1 is not a finite number.' }));
    expect(() => solveAssignmentMatrix([[NaN]])).toThrow(expect.objectContaining({ code: 'non-finite-cost' }));
  });
});
