// The anonymous search record: the tab writes topic, time and outcome; the dashboard reads them back
// by an indexed date filter; nothing in the list says who searched.
import { demandAndSupply } from '../../src/domain/program-insight';
import { readSearches, recordSearch } from '../../src/graph/search-log';
import { startTestEmulator, type TestEmulator } from '../contract/harness';
import { PROGRAM_SITE, connectAs } from './gateway-harness';

jest.setTimeout(30000);

const NOW = Date.parse('2030-01-01T00:00:00Z');
const SEARCHES = { siteId: PROGRAM_SITE.siteId, list: 'TopicSearches' };
let emu: TestEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ clock: () => NOW });
});
afterEach(() => emu.close());

it('keeps topic, time and outcome only, and counts unmet searches as demand', async () => {
  const mentee = connectAs(emu, 'mentee');
  await recordSearch(mentee, SEARCHES, { topic: 'negotiation', foundFreeMentor: false }, NOW - 40 * 86_400_000);
  await recordSearch(mentee, SEARCHES, { topic: 'negotiation', foundFreeMentor: false }, NOW - 86_400_000);
  await recordSearch(connectAs(emu, 'mentor'), SEARCHES, { topic: 'public speaking', foundFreeMentor: true }, NOW - 3_600_000);

  const read = await readSearches(connectAs(emu, 'manager'), SEARCHES, NOW - 30 * 86_400_000);
  expect(read.map((s) => [s.topic, s.foundFreeMentor])).toEqual([
    ['negotiation', false],
    ['public speaking', true],
  ]);
  const items = (await (await emu.fetch(`/v1.0/sites/${encodeURIComponent(PROGRAM_SITE.siteId)}/lists/TopicSearches/items?$expand=fields`, { user: 'manager' })).json()) as { value: { fields: Record<string, unknown> }[] };
  for (const item of items.value) expect(Object.keys(item.fields).filter((k) => /user|mentee|name|mail/i.test(k))).toEqual([]);
  expect(demandAndSupply([], read, []).find((r) => r.topic === 'negotiation')).toMatchObject({ unmetSearches: 1, short: true });
});
