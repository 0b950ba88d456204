// The program set-up port: the site's state at start (one request when it is ready), the check, and
// set-up through a connection that asks for Sites.Manage.All only when the button is pressed.
import { PROGRAM_SCHEMA } from '../../domain/program-schema';
import { describeDifference, planSetup, setupFixes } from '../../domain/program-site-check';
import { GatewayError } from '../../graph/gateway-error';
import type { GraphConnection } from '../../graph/graph-client';
import { checkProgramSite, findSiteByUrl, readProgramVersion, readSiteName, setUpProgramSite } from '../../graph/program-setup';
import type { ProgramSetupPort, SetupFailure, SetupView } from '../../ui/common/program-setup-port';

export interface ProgramSetupDeps {
  graph: GraphConnection;
  siteId: string;
  managers: readonly string[];
  /** The same sign-in with Sites.Manage.All (asked only when called). */
  connectManage: () => Promise<GraphConnection>;
}

async function view(graph: GraphConnection, siteId: string): Promise<SetupView> {
  const [check, site] = await Promise.all([checkProgramSite(graph, siteId, PROGRAM_SCHEMA), readSiteName(graph, siteId)]);
  const plan = planSetup(PROGRAM_SCHEMA, check.differences);
  return {
    site: { id: siteId, ...site },
    state: check.state,
    toCreate: plan.createLists.map((l) => ({ list: l.name, columns: l.columns.length })),
    toUpgrade: plan.upgrades.map((u) => ({ list: u.list, add: u.add.map((c) => c.name), index: u.index, choices: u.choices.map((c) => c.column) })),
    differences: check.differences.map(describeDifference),
    leftAlone: check.differences.filter((d) => !setupFixes(d)).map(describeDifference),
  };
}

function failure(error: unknown, site: string): SetupFailure {
  const gateway = error instanceof GatewayError ? error : undefined;
  const code = (error as { code?: string } | null)?.code;
  if (gateway?.code === 'forbidden' || code === 'consent-required' || code === 'cancelled') {
    return {
      kind: 'permission',
      message: `Setting up needs permission to manage ${site}, and Microsoft 365 did not give it. An owner of that SharePoint site can set up the program once Micromentor may manage sites (the Sites.Manage.All permission): ask your Microsoft 365 admin to grant it, or to make you an owner of the site, then press Set up the program again. Nothing was changed that a second try does not finish.`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'other', message: `${message} What was created is kept: press Set up the program again to finish.` };
}

export function createProgramSetupPort(deps: ProgramSetupDeps): ProgramSetupPort {
  return {
    managers: deps.managers,
    configuredSiteId: deps.siteId,
    findSite: (address) => findSiteByUrl(deps.graph, address),
    async status() {
      const version = await readProgramVersion(deps.graph, deps.siteId);
      if (version === PROGRAM_SCHEMA.version) return 'current';
      if (version !== undefined && version > PROGRAM_SCHEMA.version) return 'newer';
      return (await checkProgramSite(deps.graph, deps.siteId, PROGRAM_SCHEMA)).state;
    },
    check: (siteId = deps.siteId) => view(deps.graph, siteId),
    async setUp(onStep, siteId = deps.siteId) {
      let site = siteId;
      try {
        site = (await readSiteName(deps.graph, siteId)).url ?? site;
        const manage = await deps.connectManage();
        await setUpProgramSite(manage, siteId, PROGRAM_SCHEMA, (p) =>
          onStep(p.state === 'failed' ? { list: p.list, state: 'failed', message: p.error.message } : { list: p.list, state: p.state }),
        );
        return await view(manage, siteId);
      } catch (error) {
        throw failure(error, site);
      }
    },
  };
}
