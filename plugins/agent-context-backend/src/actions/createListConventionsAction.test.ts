import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  startConventionsBackend,
  testUsers,
} from '../__testUtils__/startConventionsBackend';

const ACTION = 'test:list-conventions';
const CHECKOUT_SCOPE =
  '/api/agent-context/v1/conventions/entities/component/default/checkout-service';

describe('createListConventionsAction', () => {
  /** A backend where the checkout team waived the org codex's test command. */
  async function setUp() {
    const backend = await startConventionsBackend();
    const waiver = await request(backend.server)
      .post(CHECKOUT_SCOPE)
      .set('Authorization', mockCredentials.user.header(testUsers.alice.ref))
      .send({
        id: 'CMD-TEST',
        action: 'waive',
        reason: 'Tested by the contract suite',
      });
    expect(waiver.status).toBe(201);
    return backend.actionsRegistry;
  }

  it('is registered as a read-only, idempotent action', async () => {
    const { actions } = await (await setUp()).list();
    expect(actions.find(action => action.id === ACTION)).toMatchObject({
      name: 'list-conventions',
      attributes: { readOnly: true, idempotent: true, destructive: false },
    });
  });

  it("lists an entity's conventions, waivers and skills for an agent", async () => {
    const registry = await setUp();
    const { output } = await registry.invoke({
      id: ACTION,
      input: { entityRef: 'checkout-service' },
      credentials: mockCredentials.service(),
    });

    expect(output).toEqual({
      entityRef: 'component:default/checkout-service',
      // Within a scope, by id.
      conventions: [
        expect.objectContaining({ id: 'DOC-001', severity: 'should' }),
        expect.objectContaining({
          id: 'SEC-001',
          scope: 'global',
          source: 'config',
          severity: 'must',
          enforced: true,
        }),
      ],
      waived: [
        expect.objectContaining({
          id: 'CMD-TEST',
          category: 'command',
          waivedBy: expect.objectContaining({
            scope: 'component:default/checkout-service',
            reason: 'Tested by the contract suite',
          }),
        }),
      ],
      skills: [],
    });
  });

  it.each([
    ['component:', 'with no name'],
    ['component:default/..', 'whose name no entity can have'],
    ["checkout-service' OR 1=1", 'with SQL in it'],
  ])('names a malformed entity ref %j, %s', async entityRef => {
    const registry = await setUp();
    await expect(
      registry.invoke({
        id: ACTION,
        input: { entityRef },
        credentials: mockCredentials.user(testUsers.bob.ref),
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(`Invalid entityRef '${entityRef}'`),
    });
  });

  it('refuses an input field it does not know, naming it', async () => {
    const registry = await setUp();
    await expect(
      registry.invoke({
        id: ACTION,
        input: { entityRef: 'checkout-service', scope: 'global' },
        credentials: mockCredentials.user(testUsers.bob.ref),
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining(
        "Unrecognized key(s) in object: 'scope'",
      ),
    });
  });

  it('answers an unknown entity with NotFoundError naming it', async () => {
    const registry = await setUp();
    await expect(
      registry.invoke({
        id: ACTION,
        input: { entityRef: 'component:default/missing' },
        credentials: mockCredentials.user(testUsers.bob.ref),
      }),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: "No entity 'component:default/missing' found",
    });
  });
});
