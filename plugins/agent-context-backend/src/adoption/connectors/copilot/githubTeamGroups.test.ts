import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { githubTeamGroups } from './githubTeamGroups';

function group(name: string, teamSlug?: string) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name,
      namespace: 'default',
      ...(teamSlug
        ? { annotations: { 'github.com/team-slug': teamSlug } }
        : {}),
    },
    spec: { type: 'team', children: [] },
  };
}

describe('githubTeamGroups', () => {
  it('maps the organisation’s team slugs to the groups that name them, the configured mapping first', async () => {
    const lookup = githubTeamGroups({
      catalog: catalogServiceMock({
        entities: [
          group('payments', 'ACME/Payments-Devs'),
          group('web', 'acme/web-devs'),
          group('other-payments', 'other-org/payments-devs'),
          group('unannotated'),
        ],
      }),
      auth: mockServices.auth(),
      org: 'acme',
      teamMapping: { 'web-devs': 'group:default/frontend' },
    });

    await expect(lookup()).resolves.toEqual(
      new Map([
        ['payments-devs', 'group:default/payments'],
        ['web-devs', 'group:default/frontend'],
      ]),
    );
  });
});
