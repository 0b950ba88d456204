// `npm start`: serves the built surfaces and the workbench page from one origin, as teams-js
// requires of a host (it trusts messages from its own origin).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { Emulator } from '../emulator/emulator';
import { answerClientErrors } from '../emulator/http-io';
import { contentSecurityPolicy } from '../scripts/content-security-policy';
import { PROGRAM_SITE_LISTS } from '../scripts/program-site-lists';
import { VALID_DOMAINS_SCRIPT_PATH, teamsJsValidOrigins, validDomainsScript, withLocalValidDomains } from './offline-pages';

export interface WorkbenchOptions {
  port: number;
  host?: string;
  distDir?: string;
  /** The Graph emulator's SQLite file (default .data/graph.sqlite). */
  dbPath?: string;
  /** Seed the emulator's demo organisation again. */
  reset?: boolean;
  /** Seed a larger organisation with this many mentors (benchmarks; see the emulator's --mentors). */
  mentors?: number;
  /** Seed the live demo meeting, Priya and Daniel's session from the next quarter hour (default true; see emulator/seed-demo-meeting.ts). */
  demoMeeting?: boolean;
  /** Start with an empty program site, for the program manager's Set up the program (default: `npm start -- --empty-site`). */
  emptySite?: boolean;
}

/** Office.js from Microsoft's CDN, as the production pages load it (webpack.config.js `officeJs`). */
export const OFFICE_JS_CDN_TAG = /<script src="https:\/\/appsforoffice\.microsoft\.com\/[^"]*"><\/script>/g;

/**
 * The workbench stands in for Office.js itself (outlook-host-simulator.ts), so its pages drop the CDN
 * script: nothing is fetched from Microsoft, and offline nothing waits for or fails on it. The built
 * files keep the tag, as the store requires.
 */
export function withoutOfficeJs(html: string): string {
  return html.replace(OFFICE_JS_CDN_TAG, '');
}

/** A file webpack named by its content (tab.6b1d408c.js): its bytes never change under that name. */
export const HASHED_ASSET = /\.[0-9a-f]{8,}\.(js|css)$/;

export function startWorkbench(options: WorkbenchOptions): Promise<{ server: Server; url: string; emulator: Emulator }> {
  const distDir = options.distDir ?? path.join(__dirname, '..', 'dist');
  if (!existsSync(path.join(distDir, 'index.html'))) {
    return Promise.reject(new Error(`No build found in ${distDir}. Run "npm run build" first (npm start does it for you).`));
  }
  // The production policy, plus framing by the workbench itself and Graph on this origin: the
  // surfaces are tried under the same rules they get in Teams and Outlook.
  const csp = contentSecurityPolicy({ allowSelfFraming: true, graphOrigin: "'self'" });
  const serveStatic = sirv(distDir, {
    dev: false,
    etag: true,
    gzip: false,
    setHeaders: (res, pathname) => {
      if (pathname.endsWith('.html') || pathname === '/') res.setHeader('Content-Security-Policy', csp);
      // Scripts carry a content hash in their name: a second visit (or the next surface) runs them from
      // the cache, as it does from production hosting; pages are asked again each time.
      res.setHeader('Cache-Control', HASHED_ASSET.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // The emulator answers /v1.0 and /_emulator on the workbench's own origin, as one Microsoft 365.
  const emulator = new Emulator({ dbPath: options.dbPath ?? path.join(__dirname, '..', '.data', 'graph.sqlite'), reset: options.reset, mentors: options.mentors, demoMeeting: options.demoMeeting ?? true, allowedHosts: options.host ? [options.host] : [],
    // The program site's lists are the app's schema; --empty-site leaves them for the app's set-up to create.
    programSite: PROGRAM_SITE_LISTS, emptySite: options.emptySite ?? process.argv.includes('--empty-site') });
  // Read on each request (a small file), so a rebuild while the workbench runs is served at once.
  // Every surface page (not the workbench's own index.html): nothing on them asks the internet (offline-pages.ts).
  const surfacePage = (pathname: string) => /^\/[a-z-]+\.html$/.test(pathname) && pathname !== '/index.html';
  const validDomains = validDomainsScript(teamsJsValidOrigins());
  const server = createServer((req, res) => {
    if (emulator.handles(req.url)) {
      emulator.serve(req, res);
      return;
    }
    const pathname = (req.url ?? '').split('?')[0] ?? '';
    if (pathname === VALID_DOMAINS_SCRIPT_PATH || pathname === '/favicon.ico') {
      // The browser asks every page load for a favicon: the app's own icon, not a 404.
      res.setHeader('content-type', pathname === '/favicon.ico' ? 'image/png' : 'text/javascript; charset=utf-8');
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.end(pathname === '/favicon.ico' ? readFileSync(path.join(distDir, 'icons', 'icon-32.png')) : validDomains);
      return;
    }
    if (surfacePage(pathname) && (req.method === 'GET' || req.method === 'HEAD') && existsSync(path.join(distDir, pathname))) {
      const page = withLocalValidDomains(withoutOfficeJs(readFileSync(path.join(distDir, pathname), 'utf8')));
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('Content-Security-Policy', csp);
      res.setHeader('Cache-Control', 'no-cache');
      res.end(req.method === 'HEAD' ? undefined : page);
      return;
    }
    serveStatic(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(`Not found: ${req.url ?? ''}`);
    });
  });
  answerClientErrors(server);
  // Loopback unless asked: the emulator signs anyone in who can reach it.
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      emulator.close();
      if (error.code === 'EADDRINUSE') {
        reject(new Error(`Port ${options.port} is already in use. Stop the other program or choose another port: PORT=3001 npm start`));
      } else reject(error);
    });
    server.listen(options.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      server.on('close', () => emulator.close());
      resolve({ server, url: `http://localhost:${port}/`, emulator });
    });
  });
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

/**
 * Serves the workbench on PORT (npm start's last step, after scripts/start.ts has built): opens the
 * demo store, seeding it on first use, and says where everything is. Returns how long the store took.
 */
export async function runWorkbench(): Promise<number> {
  const reset = process.argv.includes('--reset');
  const store = process.env.GRAPH_DB ?? '.data/graph.sqlite';
  const startedAt = Date.now();
  const seeding = reset ? ', seeding it again (--reset)' : existsSync(store) ? '' : ', seeding it (the first start does)';
  console.log(`Opening the demo organisation in ${store}${seeding}…`);
  const { url, emulator } = await startWorkbench({ port: parsePort(process.env.PORT), host: process.env.HOST || '127.0.0.1', dbPath: process.env.GRAPH_DB, reset });
  const storeMs = Date.now() - startedAt;
  if (emulator.seededAt() >= startedAt) console.log(`  seeded the demo organisation in ${(storeMs / 1000).toFixed(1)} s`);
  console.log(`Micromentor workbench is running at ${url}`);
  console.log(`Microsoft Graph emulator: ${url}v1.0 (demo data in ${store}; npm start -- --reset seeds it again)`);
  const ageDays = Math.floor((Date.now() - emulator.seededAt()) / 86_400_000);
  if (ageDays >= 7) {
    console.log(`The demo calendars were laid out ${ageDays} days ago and are running out; npm start -- --reset lays them over the coming weeks.`);
  }
  return storeMs;
}

if (require.main === module) {
  runWorkbench()
    .then(() => console.log('Press Ctrl+C to stop.'))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
