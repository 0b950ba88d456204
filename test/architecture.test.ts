import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkImports, importsOf, type SourceFile } from './import-rules';

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
