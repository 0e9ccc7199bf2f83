import { demoTestGraph } from './__testUtils__/demoTestOrganisation';
import { planDemoOrganisation } from './planDemoOrganisation';

describe('planDemoOrganisation', () => {
  it("reads the catalog's teams, their members' e-mails and services", async () => {
    const plan = planDemoOrganisation(await demoTestGraph(), 'seed');

    expect(plan.teams.map(team => team.ref)).toEqual(
      ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'tiny'].map(
        name => `group:default/${name}`,
      ),
    );
    const alpha = plan.teams[0];
    expect(alpha.members).toHaveLength(7);
    expect(alpha.members).toContain('alpha.person0@example.com');
    expect(alpha.services).toEqual([
      { ref: 'component:default/alpha-api', repository: 'demo-org/alpha-api' },
      // A repository two services share names neither.
      { ref: 'component:default/alpha-lib' },
      {
        ref: 'component:default/alpha-worker',
        repository: 'demo-org/alpha-worker',
      },
    ]);
    // The department is no team, and its member is in none.
    expect(plan.teams.flatMap(team => team.members)).not.toContain(
      'director@example.com',
    );
  });

  it('picks two lagging teams among those large enough to show, and an expensive service of another', async () => {
    const graph = await demoTestGraph();
    const plan = planDemoOrganisation(graph, 'seed');

    const lagging = plan.teams.filter(team => team.lagging);
    expect(lagging).toHaveLength(2);
    expect(lagging.map(team => team.ref)).not.toContain('group:default/tiny');
    const owner = plan.teams.find(team =>
      team.services.some(s => s.ref === plan.expensiveService),
    );
    expect(owner?.lagging).toBe(false);
    expect(owner?.members.length).toBeGreaterThanOrEqual(5);

    expect(planDemoOrganisation(graph, 'seed')).toEqual(plan);
    const others = ['a', 'b', 'c', 'd'].map(seed =>
      planDemoOrganisation(graph, seed),
    );
    expect(
      others.some(
        other =>
          JSON.stringify(other.teams.map(t => t.lagging)) !==
          JSON.stringify(plan.teams.map(t => t.lagging)),
      ),
    ).toBe(true);
  });
});
