import { verifyAgentsMdText } from '@agent-context/plugin-agent-context-common';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import {
  checkoutServiceIngested,
  contextWhenIngested,
  createTestDatabases,
  guestAuthorization,
  startExamplePortal,
} from './__testUtils__/startExamplePortal';

/**
 * AGENTS.md of example entities, rendered from the real catalog and compared
 * byte for byte with the files in __goldens__/. The header's revisions and
 * hash depend on catalog etags, which differ on every ingestion, so they are
 * masked, and so is the text digest that covers them (checked against the
 * unmasked text instead); everything else must match exactly. UPDATE_GOLDENS=1 rewrites them.
 */
const databases = createTestDatabases();
const goldens = resolve(__dirname, '__goldens__');
const entities = [
  'component/default/checkout-service',
  'component/default/identity-service',
  'component/default/legacy-ledger',
  'api/default/payments-api',
  'system/default/checkout',
];

function maskRevisions(markdown: string): string {
  return markdown
    .replace(
      /catalog=\S+ conventions=\S+ hash=\S+/,
      'catalog=<revision> conventions=<revision> hash=<hash>',
    )
    .replace(/agent-context-text: \S+/, 'agent-context-text: <digest>');
}

describe('AGENTS.md of the example organisation', () => {
  it('matches the golden files and stays under 200 lines', async () => {
    const server = await startExamplePortal(databases, 'SQLITE_3');
    await contextWhenIngested(
      server,
      'component/default/checkout-service',
      checkoutServiceIngested,
    );
    mkdirSync(goldens, { recursive: true });

    for (const path of entities) {
      const response = await request(server)
        .get(`/api/agent-context/v1/entities/${path}/agents.md`)
        .set('Authorization', guestAuthorization);
      expect(response.status).toBe(200);
      expect(verifyAgentsMdText(response.text)).toBe(true);
      const markdown = maskRevisions(response.text);
      const golden = resolve(goldens, `${path.replaceAll('/', '.')}.md`);
      if (process.env.UPDATE_GOLDENS) {
        writeFileSync(golden, markdown);
      }
      expect(markdown).toBe(readFileSync(golden, 'utf8'));
      expect(markdown.split('\n').length).toBeLessThan(200);
    }
  }, 120_000);
});
