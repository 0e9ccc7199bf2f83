import { mockCredentials } from '@backstage/backend-test-utils';
import { createHmac } from 'node:crypto';
import request from 'supertest';
import {
  ExamplePortal,
  createTestDatabases,
  guestAuthorization,
  readAppConfig,
  startExamplePortal,
} from './__testUtils__/startExamplePortal';

/**
 * Adoption through the example portal as it ships: usage pushed through
 * the API, a signed GitHub delivery and an OTLP export go through the one
 * ingestion into the real database, are attributed from the catalog
 * (entity ref, repository, the user's catalog e-mail), and come back out
 * of the figures' routes with the minimum group size applied. Sent again,
 * they change nothing.
 */

const API = '/api/agent-context/v1';
const today = new Date().toISOString().slice(0, 10);
const at = `${today}T00:30:00.000Z`;
const range = `from=${today}&to=${today}`;

// The checkout team's members in examples/org.yaml, and two people the
// catalog does not know: six people, above the minimum of five.
const checkoutPeople = [
  'guest@northwind.example',
  'elena.petrova@northwind.example',
  'tomas.novak@northwind.example',
  'aisha.bello@northwind.example',
];
const people = [
  ...checkoutPeople,
  'contractor-1@example.com',
  'contractor-2@example.com',
];

const gatewayRows = people.map((email, i) => ({
  type: 'event',
  source: 'ai-gateway',
  sourceId: `log-${i}`,
  timestamp: at,
  entityRef: 'component:default/checkout-service',
  user: { email },
  tool: 'claude-code',
  model: 'claude-sonnet',
  metrics: { requests: 1, tokensIn: 1000, cost: 0.25 },
}));

// Five people the catalog does not know, on the cart service: just enough.
const cartRows = Array.from({ length: 5 }, (_, i) => ({
  type: 'daily',
  source: 'cursor',
  sourceId: `${today}:cart-${i}`,
  day: today,
  entityRef: 'component:default/cart-service',
  user: { email: `cart-dev-${i}@example.com` },
  tool: 'cursor',
  metrics: { requests: 2 },
}));

// One person's request for a service of its own: too few to show.
const storefrontRow = {
  type: 'event',
  source: 'ai-gateway',
  sourceId: 'log-storefront',
  timestamp: at,
  repositoryUrl: 'https://github.com/northwind-commerce/storefront-web',
  user: { email: 'kenji.watanabe@northwind.example' },
  metrics: { requests: 1 },
};

function mergedPullRequest() {
  return JSON.stringify({
    action: 'closed',
    number: 7,
    pull_request: {
      number: 7,
      html_url: 'https://github.com/northwind-commerce/storefront-web/pull/7',
      created_at: at,
      merged: true,
      merged_at: at,
      body: 'Adds a banner.\n\nGenerated with [Claude Code](https://claude.com/claude-code)',
      labels: [],
      commits_url:
        'https://api.github.com/repos/northwind-commerce/storefront-web/pulls/7/commits',
    },
    repository: {
      full_name: 'northwind-commerce/storefront-web',
      html_url: 'https://github.com/northwind-commerce/storefront-web',
    },
  });
}

/** Claude Code's cost counter, cumulative, as its OTLP/JSON exporter sends it. */
function costExport(total: number) {
  return {
    resourceMetrics: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: 'claude-code' } },
            {
              key: 'backstage.entity_ref',
              value: { stringValue: 'component:default/checkout-service' },
            },
          ],
        },
        scopeMetrics: [
          {
            metrics: [
              {
                name: 'claude_code.cost.usage',
                unit: 'USD',
                sum: {
                  aggregationTemporality: 2,
                  isMonotonic: true,
                  dataPoints: [
                    {
                      attributes: [
                        {
                          key: 'user.email',
                          value: { stringValue: checkoutPeople[1] },
                        },
                        {
                          key: 'model',
                          value: { stringValue: 'claude-sonnet' },
                        },
                      ],
                      startTimeUnixNano: String(
                        BigInt(Date.parse(at)) * 1_000_000n,
                      ),
                      timeUnixNano: String(
                        BigInt(Date.parse(at) + 60_000) * 1_000_000n,
                      ),
                      asDouble: total,
                    },
                  ],
                },
              },
            ],
          },
        ],
      },
    ],
  };
}

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'adoption end to end, on %s',
  databaseId => {
    let server: ExamplePortal;
    const agents = mockCredentials.service.header();

    beforeAll(async () => {
      server = await startExamplePortal(databases, databaseId);
    }, 240_000);

    const push = (rows: object[]) =>
      request(server)
        .post(`${API}/adoption/events`)
        .set('Authorization', guestAuthorization)
        .send({ rows });
    const deliver = (body: string) =>
      request(server)
        .post(`${API}/adoption/webhooks/github`)
        .set('Content-Type', 'application/json')
        .set('X-GitHub-Event', 'pull_request')
        .set('X-GitHub-Delivery', 'delivery-7')
        .set(
          'X-Hub-Signature-256',
          `sha256=${createHmac(
            'sha256',
            readAppConfig().agentContext.adoption.github.webhookSecret,
          )
            .update(body)
            .digest('hex')}`,
        )
        .send(body);
    const exportCost = (total: number) =>
      request(server)
        .post(`${API}/otlp/v1/metrics`)
        .set('Authorization', agents)
        .send(costExport(total));
    const figures = async (path: string) => {
      const response = await request(server)
        .get(`${API}/adoption/${path}${path.includes('?') ? '&' : '?'}${range}`)
        .set('Authorization', guestAuthorization);
      if (response.status !== 200) {
        throw new Error(
          `${path} answered ${response.status}: ${response.text}`,
        );
      }
      return response.body;
    };

    const ok = (response: request.Response) => {
      expect([response.status, response.text]).toEqual([
        200,
        expect.anything(),
      ]);
    };
    async function sendEverything() {
      ok(await push([...gatewayRows, ...cartRows, storefrontRow]));
      ok(await deliver(mergedPullRequest()));
      // Two exports of the same running total: the second adds nothing.
      ok(await exportCost(1.5));
      ok(await exportCost(1.5));
    }

    it('counts every source once, attributed, with small groups withheld', async () => {
      await sendEverything();

      const overview = await figures('overview');
      expect(overview.totals).toMatchObject({
        activeUsers: 12,
        requests: 17,
        tokensIn: 6000,
        // Six requests at 0.25, and the agent's 1.5 from its telemetry.
        cost: 3,
        mergeRequestsMerged: 1,
        aiAssistedMergeRequestsMerged: 1,
        aiAssistedShare: 1,
      });

      const checkout = await figures(
        'entities/component/default/checkout-service',
      );
      expect(checkout.totals).toMatchObject({
        activeUsers: 6,
        requests: 6,
        cost: 3,
      });

      // The storefront's figures come from one person: withheld, not zero;
      // its merge request is about the service, and shown.
      const storefront = await figures(
        'entities/component/default/storefront-web',
      );
      expect(storefront.totals.requests).toEqual(
        expect.objectContaining({ withheld: true }),
      );
      expect(storefront.totals.activeUsers).toEqual(
        expect.objectContaining({ withheld: true }),
      );
      expect(storefront.totals.mergeRequestsMerged).toBe(1);

      // The cart service has five people, but shown beside the others its
      // figures would give the storefront's away (the organisation's total
      // minus checkout's and cart's): the smallest shown sibling is withheld
      // too, in the list and on its own.
      const cart = await figures('entities/component/default/cart-service');
      expect(cart.totals.requests).toEqual(
        expect.objectContaining({ withheld: true }),
      );
      const entities = await figures('entities?limit=200');
      const listed = (ref: string) =>
        entities.items.find((item: { ref: string }) => item.ref === ref);
      expect(listed('component:default/cart-service').totals.requests).toEqual(
        expect.objectContaining({ withheld: true }),
      );
      expect(listed('component:default/checkout-service').totals.requests).toBe(
        6,
      );

      // Kenji is the catalog team's only person: withheld in the team list.
      const teams = await figures('teams?limit=200');
      const catalogTeam = teams.items.find(
        (item: { ref: string }) => item.ref === 'group:default/catalog-team',
      );
      expect(catalogTeam.totals.requests).toEqual(
        expect.objectContaining({ withheld: true }),
      );
    });

    it('changes nothing when everything is sent again', async () => {
      const before = await figures('overview');
      await sendEverything();
      expect((await figures('overview')).totals).toEqual(before.totals);
    });

    it('answers with no e-mail anywhere', async () => {
      const body = JSON.stringify(await figures('entities?limit=200'));
      for (const email of people) {
        expect(body).not.toContain(email);
      }
    });
  },
);
