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
        const targetLayer = layerOf(target);
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

/**
 * The text with comments, string and template text and regular expression literals blanked, so a
 * check sees only code: "the search window" in a message is not the `window` global.
 */
export function codeOnly(text: string): string {
  let out = '';
  let i = 0;
  let depth = 0; // open braces in code
  const templates: number[] = []; // the brace depth at each `${` we are inside
  let last = ''; // the last code character that is not a space: tells a regex from a division
  const templateText = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        out += '`';
        i++;
        last = '`';
        return;
      } else if (c === '$' && text[i + 1] === '{') {
        out += '${';
        i += 2;
        templates.push(depth);
        last = '{';
        return;
      } else i++;
    }
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      out += c + c;
      last = c;
    } else if (c === '`') {
      out += '`';
      i++;
      templateText();
    } else if (c === '}' && templates.length > 0 && templates[templates.length - 1] === depth) {
      templates.pop();
      out += '}';
      i++;
      templateText();
    } else if (c === '/' && next !== '>' && (last === '' || '(,=:[!&|?{};+-*%>~^'.includes(last) || /\b(return|typeof|case|in|of|void|throw)\s*$/.test(out))) {
      // A regular expression literal (`/>` closes a JSX element; `</` opens a closing tag).
      let inClass = false;
      for (i++; i < text.length && text[i] !== '\n'; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '[') inClass = true;
        else if (text[i] === ']') inClass = false;
        else if (text[i] === '/' && !inClass) break;
      }
      i++;
      while (/[a-z]/i.test(text[i] ?? '')) i++;
      out += '/./';
      last = '/';
    } else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      out += c;
      if (!/\s/.test(c)) last = c;
      i++;
    }
  }
  return out;
}

/** Globals that reach outside the program: IO, clocks, timers, randomness, the environment. */
const AMBIENT: { name: string; pattern: RegExp }[] = [
  { name: 'Date.now', pattern: /\bDate\s*\.\s*now\b/ },
  { name: 'new Date()', pattern: /\bnew\s+Date\b(?!\s*\(\s*[^\s)])/ },
  { name: 'Math.random', pattern: /\bMath\s*\.\s*random\b/ },
  ...[
    'window',
    'document',
    'navigator',
    'globalThis',
    'fetch',
    'XMLHttpRequest',
    'WebSocket',
    'EventSource',
    'localStorage',
    'sessionStorage',
    'indexedDB',
    'setTimeout',
    'setInterval',
    'setImmediate',
    'requestAnimationFrame',
    'performance',
    'process',
    'crypto',
  ].map((name) => ({ name, pattern: new RegExp(`(?<![\\w$.])${name}\\b(?!\\s*\\??:)`) })),
];

/**
 * What code may do besides importing: domain code takes the clock, randomness and IO as arguments
 * (its tests may use them); only graph talks to Microsoft Graph (`.api(`).
 */
export function checkCode(files: SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const layer = layerOf(file.path);
    const code = codeOnly(file.text);
    if (layer === 'domain' && !/\.test\.tsx?$/.test(file.path)) {
      for (const { name, pattern } of AMBIENT) {
        if (pattern.test(code)) violations.push({ file: file.path, specifier: name, rule: `domain may not use ${name}` });
      }
    }
    if (file.path.startsWith('src/') && layer !== 'graph' && /\.api\s*\(/.test(code)) {
      violations.push({ file: file.path, specifier: '.api(', rule: 'only graph may call .api(' });
    }
  }
  return violations;
}

/** Where a test reads files: `path.join(__dirname, '..', 'x')` and `path.resolve(__dirname, '../x')`. */
const DIRNAME_PATH = /\b(?:join|resolve)\(\s*__dirname\s*((?:,\s*(['"])[^'"]*\2\s*)+)\)/g;

/**
 * A test must pass on any clone: it may not read a file outside the repository (such as the
 * method text in a sibling `shared` folder, or an absolute path on one machine).
 */
export function checkTestsStayInRepo(files: SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    if (!/\.test\.tsx?$/.test(file.path) && !file.path.startsWith('test/')) continue;
    const code = stripComments(file.text);
    const seen = new Set<string>();
    const outside = (specifier: string) => {
      if (!seen.has(specifier)) violations.push({ file: file.path, specifier, rule: 'tests may not read outside the repository' });
      seen.add(specifier);
    };
    for (const match of code.matchAll(DIRNAME_PATH)) {
      const segments = [...match[1]!.matchAll(/(['"])([^'"]*)\1/g)].map((m) => m[2]!);
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), ...segments));
      if (target === '..' || target.startsWith('../')) outside(segments.join('/'));
    }
    for (const match of code.matchAll(/(['"`])((?:\.\.\/)+shared\b[^'"`]*|\/(?:work|home|Users|tmp)\/[^'"`]*)\1/g)) outside(match[2]!);
  }
  return violations;
}
