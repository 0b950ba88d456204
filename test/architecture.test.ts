import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkCode, checkImports, checkTestsStayInRepo, codeOnly, importsOf, type SourceFile } from './import-rules';

const ROOT = path.join(__dirname, '..');

function sourceFiles(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = path.join(abs, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx|js|mjs|cjs)$/.test(name)) out.push({ path: path.relative(ROOT, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(ROOT, dir));
  return out;
}

describe('import rules (ARCHITECTURE.md)', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('emulator'), ...sourceFiles('workbench')];

  it('finds the source tree', () => {
    expect(files.some((f) => f.path.startsWith('src/domain/'))).toBe(true);
    expect(files.some((f) => f.path.startsWith('src/hosts/'))).toBe(true);
  });

  it('holds for every file in src, emulator and workbench', () => {
    expect(checkImports(files)).toEqual([]);
  });

  it('keeps domain code free of ambient IO and clocks, and Graph calls in graph', () => {
    expect(checkCode(files)).toEqual([]);
  });

  it('keeps every test inside the repository', () => {
    const tests = [...files, ...sourceFiles('test'), ...sourceFiles('scripts'), ...sourceFiles('bench')];
    expect(tests.some((f) => f.path === 'src/domain/checklists.test.ts')).toBe(true);
    expect(checkTestsStayInRepo(tests)).toEqual([]);
  });
});

describe('the import check catches planted violations', () => {
  const plant = (filePath: string, text: string) => checkImports([{ path: filePath, text }]);

  it('domain importing React, a package or another layer', () => {
    expect(plant('src/domain/slots.ts', "import { useState } from 'react';")).toEqual([
      { file: 'src/domain/slots.ts', specifier: 'react', rule: 'domain may not import the package react' },
    ]);
    expect(plant('src/domain/slots.ts', "import { x } from '../ui/app-shell';")[0]?.rule).toBe('domain may not import ui');
  });

  it('ui importing graph, auth or hosts', () => {
    expect(plant('src/ui/directory.tsx', "import { listMentors } from '../graph/mentors';")[0]?.rule).toBe('ui may not import graph');
    expect(plant('src/ui/directory.tsx', "import { signIn } from '../auth/sign-in';")[0]?.rule).toBe('ui may not import auth');
    expect(plant('src/ui/directory.tsx', "import { mountSurface } from '../hosts/mount-surface';")[0]?.rule).toBe('nothing imports hosts');
  });

  it('graph importing auth, and anyone but auth importing MSAL', () => {
    expect(plant('src/graph/client.ts', "import { token } from '../auth/token';")[0]?.rule).toBe('graph may not import auth');
    expect(plant('src/graph/client.ts', "import { PublicClientApplication } from '@azure/msal-browser';")[0]?.rule).toBe('only auth may import MSAL');
  });

  it('teams-js, the Graph client and the Office global outside their layers', () => {
    expect(plant('src/ui/x.tsx', "import { app } from '@microsoft/teams-js';")[0]?.rule).toBe('only hosts may import @microsoft/teams-js');
    expect(plant('src/ui/x.tsx', "const c = await import('@microsoft/microsoft-graph-client');")[0]?.rule).toBe(
      'only graph may import @microsoft/microsoft-graph-client',
    );
    expect(plant('src/ui/x.tsx', 'const name = Office.context.mailbox.userProfile.displayName;')[0]?.rule).toBe('only hosts may use the Office.js global');
  });

  it('the emulator sharing code with src', () => {
    expect(plant('emulator/server.ts', "import { freeSlots } from '../src/domain/slots';")[0]?.rule).toBe('emulator may not import domain');
    expect(plant('emulator/server.ts', "import type { Event } from '@microsoft/microsoft-graph-types';")).toEqual([]);
  });

  it('lets a test beside domain code use a library as its oracle, but not the code itself', () => {
    expect(plant('src/domain/rotation.test.ts', "import munkres from 'munkres';")).toEqual([]);
    expect(plant('src/domain/rotation.ts', "import munkres from 'munkres';")[0]?.rule).toBe('domain may not import the package munkres');
  });

  it('allows what the rule allows', () => {
    expect(plant('src/ui/app-shell.tsx', "import type { HostContext } from '../domain/host-context';\nimport { Text } from '@fluentui/react-components';")).toEqual([]);
    expect(plant('src/hosts/tab/main.tsx', "import { AppShell } from '../../ui/app-shell';\nimport { app } from '@microsoft/teams-js';")).toEqual([]);
  });

  it('reads every import form and ignores comments', () => {
    const text = [
      "import a from 'a';",
      "import type { B } from 'b';",
      "import 'c';",
      "export { d } from 'd';",
      "const e = require('e');",
      "const f = import('f');",
      "// import g from 'g';",
      "/* import h from 'h'; */",
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('the code check catches planted violations', () => {
  const plant = (filePath: string, text: string) => checkCode([{ path: filePath, text }]).map((v) => v.rule);

  // Each planted line and the one rule it must break.
  it.each([
    ['const now = Date.now();', 'Date.now'],
    ['const today = new Date();', 'new Date()'],
    ['const t = performance.now();', 'performance'],
    ["const res = await fetch('https://graph.microsoft.com/v1.0/me');", 'fetch'],
    ['const w = window.innerWidth;', 'window'],
    ["document.title = 'x';", 'document'],
    ['setTimeout(tick, 1000);', 'setTimeout'],
    ['const pick = Math.random();', 'Math.random'],
    ["localStorage.setItem('k', 'v');", 'localStorage'],
    ['const id = process.env.MICROMENTOR_CLIENT_ID;', 'process'],
  ])('domain reading the clock, doing IO, timers or randomness: %s', (line, name) => {
    expect(plant('src/domain/slots.ts', line)).toEqual([`domain may not use ${name}`]);
  });

  it('anything but graph calling Microsoft Graph', () => {
    expect(plant('src/hosts/graph-session.ts', "const me = await graph.client.api('/me').get();")).toEqual(['only graph may call .api(']);
    expect(plant('src/ui/directory.tsx', "client.api('/users').get()")).toEqual(['only graph may call .api(']);
    expect(plant('src/graph/me.ts', "const me = await graph.client.api('/me').get();")).toEqual([]);
  });

  it('allows the clock as an argument, dates from a value, and the words in text', () => {
    const text = [
      'export function plan(now: number, zone: string) { return new Date(now).toISOString(); }',
      "// Date.now() is the caller's: window, document and fetch stay in hosts",
      "const message = 'Search a shorter window; link to a document instead';",
      'const shown = `${count} in this window`;',
      'const re = /window|document/;',
      'interface Search { window: Interval; fetch?: boolean }',
      'const later = clock.setTimeout;',
    ].join('\n');
    expect(plant('src/domain/slots.ts', text)).toEqual([]);
  });

  it('lets domain tests use the clock, and sees code inside template expressions', () => {
    expect(plant('src/domain/slots.test.ts', 'const started = Date.now();')).toEqual([]);
    expect(plant('src/domain/slots.ts', 'const label = `at ${Date.now()}`;')).toEqual(['domain may not use Date.now']);
    expect(codeOnly("const a = 'x' /* c */ + `t ${b} u`; // d")).toBe("const a = '' " + '  + `${b}`; ');
  });
});

describe('the repository check catches planted reads from outside it', () => {
  // Built from parts, so that this file does not itself read like a test that leaves the repository.
  const here = ['__', 'dirname'].join('');
  const sibling = ['..', '..', '..', 'shared', 'seed-micro-mentoring.txt'];
  const absolute = ['', 'work', 'shared', 'seed-micro-mentoring.txt'].join('/');
  const quoted = (parts: string[]) => parts.map((part) => `'${part}'`).join(', ');
  const plant = (filePath: string, text: string) => checkTestsStayInRepo([{ path: filePath, text }]).map((v) => v.specifier);

  it('a test reading a sibling folder of the clone', () => {
    expect(plant('src/domain/checklists.test.ts', `readFileSync(path.join(${here}, '${sibling.join('/')}'), 'utf8')`)).toEqual([sibling.join('/')]);
    expect(plant('test/contract/x.test.ts', `readFileSync(path.resolve(${here}, ${quoted(sibling)}))`)).toEqual([sibling.join('/')]);
  });

  it('a test reading an absolute path on one machine', () => {
    expect(plant('emulator/seed.test.ts', `readFileSync('${absolute}')`)).toEqual([absolute]);
  });

  it('allows paths inside the repository, and code that is not a test', () => {
    expect(plant('src/domain/checklists.test.ts', `readFileSync(path.join(${here}, ${quoted(['..', '..', 'docs', 'method', 'seed.txt'])}))`)).toEqual([]);
    expect(plant('test/e2e/workbench.test.ts', `path.join(${here}, ${quoted(['..', '..', 'dist'])})`)).toEqual([]);
    expect(plant('workbench/server.ts', `path.join(${here}, '${sibling.join('/')}')`)).toEqual([]);
  });
});
