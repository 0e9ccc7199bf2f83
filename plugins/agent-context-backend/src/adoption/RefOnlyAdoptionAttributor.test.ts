import { RefOnlyAdoptionAttributor } from './RefOnlyAdoptionAttributor';

describe('RefOnlyAdoptionAttributor', () => {
  it('attributes by the refs a row carries and never keys its user', () => {
    const attributor = new RefOnlyAdoptionAttributor();
    const row = {
      type: 'event' as const,
      source: 'ai-gateway',
      sourceId: 'e1',
      timestamp: '2026-12-01T10:00:00Z',
      metrics: { requests: 1 },
      user: { id: 'user:default/jane' },
    };

    expect(
      attributor.attribute({
        ...row,
        entityRef: 'component:default/checkout',
        teamRef: 'group:default/team-a',
      }),
    ).toEqual({
      entityRef: 'component:default/checkout',
      teamRefs: ['group:default/team-a'],
    });
    expect(attributor.attribute(row)).toEqual({ teamRefs: [] });
  });
});
