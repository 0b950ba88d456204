import { runInNewContext } from 'node:vm';
import { TEAMS_JS_VALID_DOMAINS_URL, VALID_DOMAINS_SCRIPT_PATH, teamsJsValidOrigins, validDomainsScript, withLocalValidDomains } from './offline-pages';

describe("teams-js's valid origins, answered on the machine", () => {
  it('reads the list teams-js ships', () => {
    const list = teamsJsValidOrigins();
    expect(list).toEqual(expect.arrayContaining(['teams.microsoft.com', 'outlook.office.com', '*.cloud.microsoft']));
  });

  it('gives an empty list (teams-js then uses its own copy) when the file is not where it was', () => {
    expect(teamsJsValidOrigins('/nowhere/validDomains.json.js')).toEqual([]);
  });

  it("answers teams-js's fetch of the list from the page and lets every other fetch through", async () => {
    const online = jest.fn(async (_input: unknown, _init?: unknown) => 'online');
    class FakeResponse {
      constructor(
        readonly body: string,
        readonly init: { status: number },
      ) {}
    }
    const window = { fetch: online };
    runInNewContext(validDomainsScript(['teams.microsoft.com']), { window, Response: FakeResponse, URL, Promise });
    const answer = (await window.fetch(new URL(TEAMS_JS_VALID_DOMAINS_URL) as never)) as unknown as FakeResponse;
    expect(JSON.parse(answer.body)).toEqual({ validOrigins: ['teams.microsoft.com'] });
    expect(answer.init.status).toBe(200);
    expect(online).not.toHaveBeenCalled();
    await expect(window.fetch('/v1.0/me' as never)).resolves.toBe('online');
    expect(online).toHaveBeenCalledWith('/v1.0/me', undefined);
  });

  it("puts the script first in the page's head, before the app's deferred bundles", () => {
    const page = withLocalValidDomains('<!doctype html><html lang="en"><head><meta charset="utf-8"/><script defer="defer" src="/tab.1234abcd.js"></script></head><body></body></html>');
    expect(page.indexOf(`<script src="${VALID_DOMAINS_SCRIPT_PATH}"></script>`)).toBeGreaterThan(0);
    expect(page.indexOf(VALID_DOMAINS_SCRIPT_PATH)).toBeLessThan(page.indexOf('/tab.1234abcd.js'));
  });
});
