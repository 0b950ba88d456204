// The import rule of ARCHITECTURE.md as a pure check over file texts, so a test can run it on the
// real tree and on planted violations alike.
import path from 'node:path';

export type Layer = 'domain' | 'graph' | 'auth' | 'hosts' | 'ui' | 'emulator' | 'workbench' | 'other';

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

export function layerOf(file: string): Layer {
  const m = /^src\/(domain|graph|auth|hosts|ui)\//.exec(file);
  if (m) return m[1] as Layer;
  if (file.startsWith('emulator/')) return 'emulator';
  if (file.startsWith('workbench/')) return 'workbench';
  return 'other';
}

/** Which source layers each layer may import (its own layer always). */
const ALLOWED_LAYERS: Record<Layer, Layer[]> = {
  domain: [],
  graph: ['domain'],
  auth: ['domain'],
  ui: ['domain'],
  hosts: ['domain', 'graph', 'auth', 'ui'],
  emulator: [],
  // The workbench is the local host: it embeds the emulator, reads the domain's plain types and
  // serves pages with the hosting policy from the build tooling.
  workbench: ['domain', 'emulator', 'other'],
  other: ['domain', 'graph', 'auth', 'ui', 'hosts', 'emulator', 'workbench'],
};

/** Packages that only one layer may import: the seams to Microsoft 365. */
const OWNED_PACKAGES: { pattern: RegExp; owners: Layer[]; name: string }[] = [
  { pattern: /^@microsoft\/teams-js(\/|$)/, owners: ['hosts'], name: '@microsoft/teams-js' },
  { pattern: /^(@microsoft\/office-js|office-addin-)/, owners: ['hosts'], name: 'Office.js' },
  { pattern: /^@azure\/msal-/, owners: ['auth'], name: 'MSAL' },
  { pattern: /^@microsoft\/microsoft-graph-client(\/|$)/, owners: ['graph'], name: '@microsoft/microsoft-graph-client' },
];

/** Packages the pure and the emulator layers may use at all. */
const PACKAGES_ALLOWED: Partial<Record<Layer, RegExp>> = {
  domain: /^$/, // nothing: no IO, no React, no libraries with hidden clocks
  emulator: /^(node:|@microsoft\/microsoft-graph-types$|better-sqlite3$)/,
};

const IMPORT_PATTERNS = [
  /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?[\w*{}\s,$]*?\s+from\s+['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Comments may mention imports or Office.js; they do not count. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

export function importsOf(text: string): string[] {
  const code = stripComments(text);
  const found = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  }
  return [...found];
}

export function checkImports(files: SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    for (const specifier of importsOf(file.text)) {
      if (specifier.startsWith('.')) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier));
        const targetLayer = layerOf(target.endsWith('/') ? target : `${target}`);
        if (targetLayer === layer) continue;
        if (targetLayer === 'hosts') {
          violations.push({ file: file.path, specifier, rule: 'nothing imports hosts' });
        } else if (!ALLOWED_LAYERS[layer].includes(targetLayer)) {
          violations.push({ file: file.path, specifier, rule: `${layer} may not import ${targetLayer}` });
        }
        continue;
      }
      const owned = OWNED_PACKAGES.find((p) => p.pattern.test(specifier));
      if (owned && !owned.owners.includes(layer) && layer !== 'other') {
        violations.push({ file: file.path, specifier, rule: `only ${owned.owners.join(', ')} may import ${owned.name}` });
        continue;
      }
      const allowed = PACKAGES_ALLOWED[layer];
      // A test beside pure code may use a library as its oracle; the code under test may not.
      if (allowed && !allowed.test(specifier) && !/\.test\.tsx?$/.test(file.path)) {
        violations.push({ file: file.path, specifier, rule: `${layer} may not import the package ${specifier}` });
      }
    }
    // Office.js is a global, not an import: only hosts may touch it.
    if (layer !== 'hosts' && layer !== 'other' && /\bOffice\.(context|onReady|HostType|MailboxEnums)\b/.test(stripComments(file.text))) {
      violations.push({ file: file.path, specifier: 'Office', rule: 'only hosts may use the Office.js global' });
    }
  }
  return violations;
}
