import {
  TestDatabases,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { adoptionReadPermission } from '@agent-context/plugin-agent-context-common';
import { adoptionQueriesOver } from '../__testUtils__/adoptionScenario';
import { createGetAdoptionSummaryAction } from './createGetAdoptionSummaryAction';

const ACTION = 'test:get-adoption-summary';
const PERIOD = { from: '2026-11-02', to: '2026-11-15' };

describe('createGetAdoptionSummaryAction', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  async function registryWith(
    result:
      | AuthorizeResult.ALLOW
      | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  ) {
    const actionsRegistry = actionsRegistryServiceMock();
    const permissions = mockServices.permissions.mock();
    permissions.authorize.mockResolvedValue([{ result }]);
    createGetAdoptionSummaryAction({
      actionsRegistry,
      permissions,
      adoptionQueries: await adoptionQueriesOver(
        await databases.init('SQLITE_3'),
      ),
    });
    return { actionsRegistry, permissions };
  }

  it('is registered as a read-only, idempotent action', async () => {
    const { actionsRegistry } = await registryWith();
    const { actions } = await actionsRegistry.list();
    expect(actions.find(action => action.id === ACTION)).toMatchObject({
      name: 'get-adoption-summary',
      attributes: { readOnly: true, idempotent: true, destructive: false },
    });
  });

  it("summarises a service's adoption as text and figures", async () => {
    const { actionsRegistry, permissions } = await registryWith();
    const credentials = mockCredentials.user('user:default/ada');

    const { output } = await actionsRegistry.invoke({
      id: ACTION,
      input: { entityRef: 'checkout-service', ...PERIOD },
      credentials,
    });

    expect(output).toMatchObject({
      entity: { ref: 'component:default/checkout-service', inCatalog: true },
      range: { from: '2026-11-02', to: '2026-11-15' },
      minimumGroupSize: 5,
      totals: { activeUsers: 6, requests: 97 },
    });
    const summary = (output as { summary: string }).summary;
    expect(summary).toContain(
      'AI adoption of component:default/checkout-service from 2026-11-02 to 2026-11-15:',
    );
    expect(summary).toContain('- Active AI users: 6');
    expect(summary).toContain('- Requests: 97; sessions: 6');
    expect(permissions.authorize).toHaveBeenCalledWith(
      [{ permission: adoptionReadPermission }],
      { credentials },
    );
  });

  it("withholds a team of three people's figures in the text and the output", async () => {
    const { actionsRegistry } = await registryWith();

    const { output } = await actionsRegistry.invoke({
      id: ACTION,
      input: { entityRef: 'group:default/small-team', ...PERIOD },
      credentials: mockCredentials.service(),
    });

    const { summary, totals, byTool } = output as {
      summary: string;
      totals: Record<string, unknown>;
      byTool: Array<Record<string, unknown>>;
    };
    expect(totals.activeUsers).toEqual({
      withheld: true,
      reason: 'Fewer than 5 people are behind this figure',
    });
    expect(totals.requests).toEqual(totals.activeUsers);
    expect(totals.mergeRequestsMerged).toBe(4);
    expect(byTool.find(entry => entry.tool === 'cursor')?.activeUsers).toEqual(
      totals.activeUsers,
    );
    expect(summary).toContain('- Active AI users: withheld');
    expect(summary).toContain('- Requests: withheld; sessions: withheld');
    expect(summary).toContain('- Cost: withheld');
    expect(summary).toContain('4 merged');
    expect(summary).toContain(
      'AI-assisted share of merged merge requests: 50%',
    );
    expect(summary).toContain(
      'Figures behind fewer than 5 people are withheld',
    );
  });

  it('refuses a caller without the read permission', async () => {
    const { actionsRegistry } = await registryWith(AuthorizeResult.DENY);

    await expect(
      actionsRegistry.invoke({
        id: ACTION,
        input: { entityRef: 'checkout-service' },
        credentials: mockCredentials.user(),
      }),
    ).rejects.toThrow('You may not read adoption figures');
  });

  it('names a bad day and an unknown entity', async () => {
    const { actionsRegistry } = await registryWith();
    const invoke = (input: object) =>
      actionsRegistry.invoke({
        id: ACTION,
        input,
        credentials: mockCredentials.user(),
      });

    await expect(
      invoke({ entityRef: 'checkout-service', from: '1 Nov' }),
    ).rejects.toThrow("Invalid from '1 Nov': not a day (YYYY-MM-DD)");
    await expect(invoke({ entityRef: 'nowhere', ...PERIOD })).rejects.toThrow(
      "No entity 'component:default/nowhere' in the catalog or the adoption data",
    );
    await expect(invoke({ entityRef: 'component:' })).rejects.toThrow(
      "Invalid entityRef 'component:'",
    );
  });
});
