import request from 'supertest';
import {
  createTestDatabases,
  guestAuthorization,
  startExamplePortal,
} from './__testUtils__/startExamplePortal';

/**
 * The example portal as a newcomer starts it, demo data on: once the
 * catalog has settled, 90 days of generated usage go through the real
 * ingestion paths, and the figures come back with the catalog's people,
 * growing adoption and the small team withheld.
 */

const API = '/api/agent-context/v1';
const today = new Date().toISOString().slice(0, 10);
const CURSORS = 'agent_context_adoption_connector_cursors';

describe('demo adoption data on the example portal', () => {
  const databases = createTestDatabases();

  it('seeds 90 days on start, shown as demo data about the example organisation', async () => {
    const knex = await databases.init('SQLITE_3');
    const server = await startExamplePortal(databases, 'SQLITE_3', {
      knex,
      configure: config => ({
        ...config,
        agentContext: {
          ...config.agentContext,
          adoption: {
            ...config.agentContext.adoption,
            demo: { enabled: true },
          },
        },
      }),
    });

    const deadline = Date.now() + 150_000;
    for (;;) {
      const cursor = await knex(CURSORS).where({ connector: 'demo' }).first();
      if (cursor?.last_day === today) break;
      if (Date.now() > deadline) {
        throw new Error(`The demo did not reach today: ${cursor?.last_day}`);
      }
      await new Promise(resolve => setTimeout(resolve, 1000));
    }

    const overview = await request(server)
      .get(`${API}/adoption/overview`)
      .set('Authorization', guestAuthorization);
    expect(overview.status).toBe(200);
    expect(overview.body.demo.message).toContain('Demo data');
    const { activeUsers } = overview.body.totals;
    const share = activeUsers / overview.body.users.inCatalog;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.8);
    expect(overview.body.totals.mergeRequestsPerWeek).toBeGreaterThan(
      overview.body.baseline.mergeRequestsPerWeek,
    );

    const teams = await request(server)
      .get(`${API}/adoption/teams?limit=100`)
      .set('Authorization', guestAuthorization);
    const byRef = Object.fromEntries(
      teams.body.items.map((item: any) => [item.ref, item.totals]),
    );
    expect(byRef['group:default/ml-team'].activeUsers).toEqual({
      withheld: true,
      reason: expect.any(String),
    });
    const shown = teams.body.items.filter(
      (item: any) => typeof item.totals.activeUsers === 'number',
    );
    expect(shown.length).toBeGreaterThanOrEqual(6);
  }, 240_000);
});
