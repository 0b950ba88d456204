// `npm run size`: the gzip size of each surface's initial JavaScript, against its budget.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in kilobytes (1 KB = 1,000 bytes) of gzip. The workbench is a dev tool and has none. */
export const BUDGETS_KB: Record<string, number> = { 'side-panel': 130, tab: 200, outlook: 200 };

export interface EntrySize {
  entry: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  budgetKb: number | undefined;
  overBudget: boolean;
}

export function measureEntries(distDir: string, budgets: Record<string, number> = BUDGETS_KB): EntrySize[] {
  const manifestPath = path.join(distDir, 'entrypoints.json');
  if (!existsSync(manifestPath)) throw new Error(`No ${manifestPath}. Run "npm run build" first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string[]>;
  for (const entry of Object.keys(budgets)) {
    if (!manifest[entry]) throw new Error(`The build has no entry "${entry}", which has a budget.`);
  }
  return Object.entries(manifest).map(([entry, files]) => {
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const file of files) {
      const content = readFileSync(path.join(distDir, file));
      rawBytes += content.length;
      gzipBytes += gzipSync(content, { level: 9 }).length;
    }
    const budgetKb = budgets[entry];
    return { entry, files, rawBytes, gzipBytes, budgetKb, overBudget: budgetKb !== undefined && gzipBytes > budgetKb * 1000 };
  });
}

export function formatTable(sizes: EntrySize[]): string {
  const rows = [['entry', 'raw KB', 'gzip KB', 'budget KB', 'result']];
  for (const s of sizes) {
    rows.push([
      s.entry,
      (s.rawBytes / 1000).toFixed(1),
      (s.gzipBytes / 1000).toFixed(1),
      s.budgetKb === undefined ? '-' : String(s.budgetKb),
      s.budgetKb === undefined ? 'no budget' : s.overBudget ? 'OVER BUDGET' : 'ok',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

if (require.main === module) {
  try {
    const sizes = measureEntries(path.join(__dirname, '..', 'dist'));
    console.log('Bundle size (initial JavaScript per entry, gzip level 9)');
    console.log(formatTable(sizes));
    const over = sizes.filter((s) => s.overBudget);
    if (over.length > 0) {
      console.error(`\nOver budget: ${over.map((s) => `${s.entry} is ${(s.gzipBytes / 1000).toFixed(1)} KB, budget ${s.budgetKb} KB`).join('; ')}.`);
      console.error('Load what the first paint does not need with import(), or remove a dependency.');
      process.exit(1);
    }
    console.log('\nbundle size: all entries within budget');
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
