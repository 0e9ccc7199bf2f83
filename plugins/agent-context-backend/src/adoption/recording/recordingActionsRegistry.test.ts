import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { InputError } from '@backstage/errors';
import { recordingActionsRegistry } from './recordingActionsRegistry';
import { ContextFetch, UsageRecorder } from './UsageRecorder';

describe('recordingActionsRegistry', () => {
  const setUp = () => {
    const registry = actionsRegistryServiceMock({
      logger: mockServices.logger.mock(),
    });
    const fetches: ContextFetch[] = [];
    const usage = {
      record: (fetch: ContextFetch) => fetches.push(fetch),
    } as unknown as UsageRecorder;
    const recording = recordingActionsRegistry(registry, usage);
    recording.register({
      name: 'get-thing',
      title: 'Get thing',
      description: 'Reads a thing.',
      attributes: { readOnly: true, idempotent: true, destructive: false },
      schema: {
        input: z =>
          z.object({
            entityRef: z.string().optional(),
            url: z.string().optional(),
          }),
        output: z => z.object({ entityRef: z.string().optional() }),
      },
      action: async ({ input }) => {
        if (input.entityRef === 'component:default/missing') {
          throw new InputError('no such thing');
        }
        return {
          output: input.url ? { entityRef: 'component:default/found' } : {},
        };
      },
    });
    return { registry, fetches };
  };

  it('records each call that succeeds, for its caller, as the MCP client', async () => {
    const { registry, fetches } = setUp();

    await registry.invoke({
      id: 'test:get-thing',
      input: { entityRef: 'checkout-service' },
      credentials: mockCredentials.user('user:default/ada'),
    });
    await registry.invoke({
      id: 'test:get-thing',
      input: { url: 'git@github.com:northwind/checkout.git' },
      credentials: mockCredentials.service('external:ci-bot'),
    });
    await expect(
      registry.invoke({
        id: 'test:get-thing',
        input: { entityRef: 'component:default/missing' },
        credentials: mockCredentials.user(),
      }),
    ).rejects.toThrow('no such thing');

    expect(fetches).toEqual([
      {
        entityRef: 'component:default/checkout-service',
        principal: 'user:default/ada',
        tool: 'mcp',
      },
      {
        entityRef: 'component:default/found',
        principal: 'service:external:ci-bot',
        tool: 'mcp',
      },
    ]);
  });

  it('is the registry itself without a recorder', () => {
    const registry = actionsRegistryServiceMock();
    expect(recordingActionsRegistry(registry, undefined)).toBe(registry);
  });
});
