// The workbench asks nothing of the internet (its pages already drop Office.js, server.ts
// withoutOfficeJs): teams-js's look-up of its valid host origins is answered on the machine.
//
// teams-js (2.58, src/internal/validOrigins.ts) fetches
// https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json as its module loads and
// again in app.initialize (prefetchOriginsFromCDN); no option turns that off, and a failed or slow
// (1.5 s) fetch falls back to the list it ships. The page's own origin is not involved, so the
// workbench server cannot answer that URL. Instead each surface page the workbench serves gets one
// small same-origin script, ahead of the app's deferred bundles, that answers that one URL with the
// list teams-js ships; every other fetch goes out as before. The built pages are unchanged.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const TEAMS_JS_VALID_DOMAINS_URL = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

/** Where the workbench serves the script that answers teams-js's look-up. */
export const VALID_DOMAINS_SCRIPT_PATH = '/_workbench/teams-js-valid-domains.js';

/** teams-js's own copy of the list (its artifactsForCDN/validDomains.json), as its CDN would answer. */
const TEAMS_JS_LIST = path.join(path.dirname(require.resolve('@microsoft/teams-js/package.json')), 'dist/esm/packages/teams-js/src/artifactsForCDN/validDomains.json.js');

/** The host origins teams-js ships; [] where a later teams-js keeps them elsewhere (it then uses its own copy, exactly as if the CDN had failed). */
export function teamsJsValidOrigins(file = TEAMS_JS_LIST): string[] {
  try {
    const list = /\[\s*"[^\]]*\]/.exec(readFileSync(file, 'utf8'))?.[0];
    const parsed: unknown = list ? JSON.parse(list) : [];
    return Array.isArray(parsed) && parsed.every((o) => typeof o === 'string') ? parsed : [];
  } catch {
    return [];
  }
}

/** The script: answers teams-js's fetch of its list at once, from the page; leaves every other fetch alone. */
export function validDomainsScript(validOrigins: readonly string[]): string {
  return `// Micromentor workbench: teams-js's list of valid host origins, answered locally (workbench/offline-pages.ts).
(function () {
  var url = ${JSON.stringify(TEAMS_JS_VALID_DOMAINS_URL)};
  var body = ${JSON.stringify(JSON.stringify({ validOrigins }))};
  var fetchOnline = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var asked = typeof input === 'string' ? input : input instanceof URL ? input.href : input && input.url;
    if (asked === url) return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
    return fetchOnline(input, init);
  };
})();
`;
}

/** A built surface page with the script first in its head, so it runs before teams-js loads. */
export function withLocalValidDomains(html: string): string {
  return html.replace(/<head>/i, `<head><script src="${VALID_DOMAINS_SCRIPT_PATH}"></script>`);
}
