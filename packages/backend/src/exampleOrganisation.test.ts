import request from 'supertest';
import {
  checkoutServiceIngested,
  contextWhenIngested,
  createTestDatabases,
  guestAuthorization,
  startExamplePortal,
} from './__testUtils__/startExamplePortal';

const databases = createTestDatabases();

describe('the example organisation', () => {
  it.each(databases.eachSupportedId())(
    'serves checkout-service’s context from the catalog on %s',
    async databaseId => {
      const server = await startExamplePortal(databases, databaseId);
      const context = await contextWhenIngested(
        server,
        'component/default/checkout-service',
        checkoutServiceIngested,
      );

      expect(context.entity).toMatchObject({
        ref: 'component:default/checkout-service',
        system: 'system:default/checkout',
        domain: 'domain:default/commerce',
      });
      expect(context.ownership.owner).toMatchObject({
        ref: 'group:default/checkout-team',
        resolved: true,
      });
      expect(context.ownership.parents.map((p: any) => p.ref)).toEqual([
        'group:default/commerce',
        'group:default/engineering',
        'group:default/northwind',
      ]);
      expect(context.ownership.members.map((m: any) => m.ref)).toContain(
        'user:default/guest',
      );
      expect(context.dependencies.dependsOn.map((d: any) => d.ref)).toEqual(
        expect.arrayContaining([
          'component:default/payments-service',
          'resource:default/checkout-db',
        ]),
      );
      expect(context.dependencies.dependedOnBy.map((d: any) => d.ref)).toEqual(
        expect.arrayContaining([
          'component:default/storefront-web',
          'component:default/mobile-bff',
        ]),
      );
      expect(context.apis.consumes.map((a: any) => a.api.ref)).toEqual(
        expect.arrayContaining(['api:default/payments-api']),
      );

      // A catalog rule counts at a system only when the system's owners
      // filed it: the web team's rule for checkout is listed, not applied.
      const systemScope = await request(server)
        .get(
          '/api/agent-context/v1/conventions/entities/system/default/checkout',
        )
        .set('Authorization', guestAuthorization);
      expect(systemScope.body.unverified).toEqual([
        {
          ref: 'airesource:default/skip-checkout-e2e',
          type: 'rule',
          title: 'Skip the checkout end-to-end suite',
          owner: 'group:default/web-team',
          scope: 'system:default/checkout',
          reason:
            'its owner group:default/web-team does not own system:default/checkout; only group:default/checkout-team or a group above it may file rules and skills for it',
        },
      ]);
      const resolution = await request(server)
        .get(
          '/api/agent-context/v1/entities/component/default/checkout-service/conventions',
        )
        .set('Authorization', guestAuthorization);
      const catalogRules = resolution.body.conventions
        .filter((c: any) => c.source === 'catalog')
        .map((c: any) => [c.id, c.scope, c.location, c.locationOwner]);
      expect(catalogRules).toEqual([
        [
          'idempotent-payment-calls',
          'system:default/checkout',
          'airesource:default/idempotent-payment-calls',
          'group:default/checkout-team',
        ],
        [
          'idempotent-event-consumers',
          'group:default/commerce',
          'airesource:default/idempotent-event-consumers',
          'group:default/commerce',
        ],
      ]);

      const missing = await request(server)
        .get('/api/agent-context/v1/entities/component/default/no-such/context')
        .set('Authorization', 'Bearer mock-user-token');
      expect(missing.status).toBe(404);
    },
    120_000,
  );
});
