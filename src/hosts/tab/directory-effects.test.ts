import type { CalendarReading } from '../../ui/common/tab-ports';
import type { GraphConnection } from '../../graph/graph-client';
import { createDirectoryPort } from './directory-effects';
import type { DirectoryWarmUp } from './directory-warm-up';
import type { TabDeps } from './tab-deps';

const NOW = Date.parse('2030-01-01T00:00:00Z');

/** Deps whose Graph connection fails the test if used: every calendar here comes from the warm-up. */
const deps: TabDeps = {
  graph: {
    get client(): never {
      throw new Error('Graph was asked although the warm-up had the answer');
    },
  } as unknown as GraphConnection,
  site: { siteId: 's', sessionsList: 'Sessions' },
  mentors: { siteId: 's', list: 'Mentors' },
  viewer: { id: 'v', displayName: 'Priya', email: 'priya@contoso.example', zone: 'Europe/London', locale: 'en-GB', isMentor: false, isProgramManager: false },
  now: () => NOW,
};

const reading = (email: string): CalendarReading => ({ email, busy: [] });

describe('directory port: calendars the warm-up already asked for', () => {
  it('hands over each group as it arrives: the first group is not held back by a slow one', async () => {
    let answerSlow!: (r: CalendarReading) => void;
    const slow = new Promise<CalendarReading | undefined>((resolve) => (answerSlow = resolve));
    const warmUp: DirectoryWarmUp = {
      takeFirstPage: () => undefined,
      takeCalendars: () =>
        new Map([
          ['ada@contoso.example', Promise.resolve(reading('ada@contoso.example'))],
          ['ben@contoso.example', slow],
        ]),
    };
    const port = createDirectoryPort(deps, warmUp);
    const batches: string[][] = [];
    const done = port.readCalendars(['ada@contoso.example', 'ben@contoso.example'], NOW, NOW + 86_400_000, (readings) => batches.push(readings.map((r) => r.email)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(batches).toEqual([['ada@contoso.example']]);
    answerSlow(reading('ben@contoso.example'));
    const all = await done;
    expect(batches).toEqual([['ada@contoso.example'], ['ben@contoso.example']]);
    expect(all.map((r) => r.email).sort()).toEqual(['ada@contoso.example', 'ben@contoso.example']);
  });
});
