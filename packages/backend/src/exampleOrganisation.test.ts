import request from 'supertest';
import {
  checkoutServiceIngested,
  contextWhenIngested,
  createTestDatabases,
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

      const missing = await request(server)
        .get('/api/agent-context/v1/entities/component/default/no-such/context')
        .set('Authorization', 'Bearer mock-user-token');
      expect(missing.status).toBe(404);
    },
    120_000,
  );
});
