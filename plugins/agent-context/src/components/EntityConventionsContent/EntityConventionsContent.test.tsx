import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { mockAgentContextApi } from '../../__testUtils__';
import { agentContextApiRef } from '../../api';
import { EntityConventionsContent } from './EntityConventionsContent';

const team = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'checkout-team', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

describe('EntityConventionsContent', () => {
  it("shows a team's own conventions and what they inherit", async () => {
    const api = mockAgentContextApi();
    api.getConventionResolution.mockResolvedValue({
      entityRef: 'group:default/checkout-team',
      path: [
        { scope: 'global', level: 'global' },
        { scope: 'group:default/checkout-team', level: 'entity' },
      ],
      conventions: [
        {
          id: 'CHK-TEAM-002',
          scope: 'group:default/checkout-team',
          source: 'repository',
          action: 'define',
          category: 'rule',
          title: 'Feature flags for checkout changes',
          body: '',
          severity: 'should',
          enforced: false,
          revision: 0,
        },
      ],
      waived: [],
      conflicts: [],
      skills: [],
    });
    api.getConventionScope.mockResolvedValue({
      scope: 'group:default/checkout-team',
      conventions: [],
      canEdit: true,
      editors: ['group:default/checkout-team'],
    });

    await renderInTestApp(
      <TestApiProvider apis={[[agentContextApiRef, api]]}>
        <EntityProvider entity={team}>
          <EntityConventionsContent />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );

    expect(
      (await screen.findAllByText('Feature flags for checkout changes'))[0],
    ).toBeInTheDocument();
    expect(api.getConventionResolution).toHaveBeenCalledWith(
      'group:default/checkout-team',
    );
    expect(api.getConventionScope).toHaveBeenCalledWith(
      'group:default/checkout-team',
    );
    expect(
      screen.getByRole('button', { name: 'Add convention' }),
    ).toBeInTheDocument();
  });
});
