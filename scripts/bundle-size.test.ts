import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { formatTable, measureEntries } from './bundle-size';

function fakeBuild(files: Record<string, Buffer>, entrypoints: Record<string, string[]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundle-size-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  writeFileSync(path.join(dir, 'entrypoints.json'), JSON.stringify(entrypoints));
  return dir;
}

describe('bundle size check', () => {
  it('passes an entry under budget and fails one over it, counting every initial file', () => {
    // Random bytes do not compress, so their gzip size is about their raw size.
    const dir = fakeBuild(
      { 'small.js': Buffer.alloc(50_000, 'a'), 'big-1.js': randomBytes(80_000), 'big-2.js': randomBytes(80_000) },
      { 'side-panel': ['big-1.js', 'big-2.js'], tab: ['small.js'] },
    );
    const sizes = measureEntries(dir, { 'side-panel': 130, tab: 200 });
    const panel = sizes.find((s) => s.entry === 'side-panel');
    const tab = sizes.find((s) => s.entry === 'tab');
    expect(panel?.gzipBytes).toBeGreaterThan(160_000);
    expect(panel?.overBudget).toBe(true);
    expect(tab?.overBudget).toBe(false);
    expect(tab?.gzipBytes).toBeLessThan(1_000);
    expect(formatTable(sizes)).toMatch(/side-panel.*OVER BUDGET/);
  });

  it('fails when a budgeted entry is missing from the build', () => {
    const dir = fakeBuild({ 'a.js': Buffer.from('x') }, { tab: ['a.js'] });
    expect(() => measureEntries(dir, { tab: 200, outlook: 200 })).toThrow('The build has no entry "outlook"');
  });
});
