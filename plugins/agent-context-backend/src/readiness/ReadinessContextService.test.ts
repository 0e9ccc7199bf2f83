import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { bareEntityContext } from '@agent-context/plugin-agent-context-common/testUtils';
import { ReadinessContextService } from './ReadinessContextService';
import { EntityReadiness } from './ReadinessScorer';

const REF = { kind: 'component', namespace: 'default', name: 'payments' };

const readiness: EntityReadiness = {
  entityRef: 'component:default/payments',
  title: 'payments',
  kind: 'Component',
  score: 75,
  checks: [
    {
      id: 'owner',
      title: 'Owner resolvable',
      passed: true,
      weight: 15,
      fix: 'Set the owner.',
      link: 'http://x',
    },
    {
      id: 'docs',
      title: 'Documentation',
      passed: false,
      weight: 5,
      fix: 'Add docs.',
      link: 'http://y',
    },
  ],
};

describe('ReadinessContextService', () => {
  const inner = {
    getEntityContext: async () =>
      bareEntityContext('component:default/payments'),
  };
  const options = { credentials: mockCredentials.user() };

  it('adds the summary and covers it in the content hash', async () => {
    const plain = await inner.getEntityContext();
    const context = await new ReadinessContextService(
      inner,
      { get: async () => readiness },
      mockServices.logger.mock(),
    ).getEntityContext(REF, options);
    expect(context.readiness).toEqual({
      score: 75,
      failed: [{ id: 'docs', title: 'Documentation', fix: 'Add docs.' }],
    });
    expect(context.metadata.contentHash).not.toBe(plain.metadata.contentHash);
  });

  it('serves the context without a summary when scoring fails', async () => {
    const logger = mockServices.logger.mock();
    const context = await new ReadinessContextService(
      inner,
      {
        get: async () => {
          throw new Error('source down');
        },
      },
      logger,
    ).getEntityContext(REF, options);
    expect(context.readiness).toBeUndefined();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('source down'),
    );
  });
});
