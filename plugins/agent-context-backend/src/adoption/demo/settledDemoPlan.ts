import { AdoptionCatalog } from '../query/AdoptionCatalogView';
import { DemoPlan, planDemoOrganisation } from './planDemoOrganisation';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * The plan once the catalog has settled: the same over `quietChecks`
 * checks `intervalMs` apart, with people in its teams. On a first start
 * the graph loads while the catalog is still processing the organisation,
 * and days seeded from a partial plan would be marked done with too few
 * people in them. Throws after `timeoutMs` if no team ever has members.
 */
export async function settledDemoPlan(
  catalog: Pick<AdoptionCatalog, 'keys' | 'get'>,
  seed: string,
  options: { intervalMs: number; quietChecks: number; timeoutMs: number },
): Promise<DemoPlan> {
  const deadline = Date.now() + options.timeoutMs;
  let previous = '';
  let quiet = 0;
  for (;;) {
    const plan = planDemoOrganisation(catalog, seed);
    const people = plan.teams.some(team => team.members.length > 0);
    const snapshot = JSON.stringify(plan);
    quiet = people && snapshot === previous ? quiet + 1 : 0;
    if (quiet >= options.quietChecks || (people && Date.now() > deadline)) {
      return plan;
    }
    if (Date.now() > deadline) {
      throw new Error(
        'the catalog has no group of type team with members who have an e-mail',
      );
    }
    previous = snapshot;
    await sleep(options.intervalMs);
  }
}
