import { fakeAdoptionCatalog } from '../../__testUtils__/adoptionScenario';
import { demoTestEntities } from './__testUtils__/demoTestOrganisation';
import { settledDemoPlan } from './settledDemoPlan';

const FAST = { intervalMs: 5, quietChecks: 2, timeoutMs: 2000 };

describe('settledDemoPlan', () => {
  it('waits until the catalog stops changing', async () => {
    let entities = demoTestEntities.filter(e => e.kind !== 'User');
    const growing = {
      keys: () => fakeAdoptionCatalog(entities).keys(),
      get: (ref: string) => fakeAdoptionCatalog(entities).get(ref),
    };
    setTimeout(() => {
      entities = demoTestEntities;
    }, 30);

    const plan = await settledDemoPlan(growing, 'seed', FAST);

    expect(plan.teams.flatMap(team => team.members)).toHaveLength(38);
  });

  it('gives up, saying why, when no team has people', async () => {
    const empty = fakeAdoptionCatalog(
      demoTestEntities.filter(e => e.kind !== 'User'),
    );
    await expect(
      settledDemoPlan(empty, 'seed', { ...FAST, timeoutMs: 50 }),
    ).rejects.toThrow(
      'the catalog has no group of type team with members who have an e-mail',
    );
  });
});
