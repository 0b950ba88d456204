// The app's schema as the emulator takes it: whoever starts an emulator (this script's callers, the
// workbench, the test harness, the benches) gives it these lists to seed the program site with.
import { PROGRAM_SCHEMA, SCHEMA_VERSION_ITEM, SCHEMA_VERSION_LIST, graphLists } from '../src/domain/program-schema';
import type { ProgramSiteLists } from '../emulator/program-site-lists';

export const PROGRAM_SITE_LISTS: ProgramSiteLists = {
  ...graphLists(PROGRAM_SCHEMA),
  versionRecord: { list: SCHEMA_VERSION_LIST, title: SCHEMA_VERSION_ITEM, key: 'RecordKey', column: 'SchemaVersion' },
};
