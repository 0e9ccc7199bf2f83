import { mockCredentials } from '@backstage/backend-test-utils';
import { startConventionsBackend } from '../__testUtils__/startConventionsBackend';

const ACTION = 'test:get-agent-readiness';

describe('createGetAgentReadinessAction', () => {
  let registry: Awaited<
    ReturnType<typeof startConventionsBackend>
  >['actionsRegistry'];

  beforeAll(async () => {
    ({ actionsRegistry: registry } = await startConventionsBackend());
  });

  const invoke = async (entityRef: string) =>
    (
      await registry.invoke({
        id: ACTION,
        input: { entityRef },
        credentials: mockCredentials.service(),
      })
    ).output as unknown as {
      text: string;
      score: number;
      checks: Array<{ id: string; passed: boolean; fix: string; link: string }>;
    };

  it('is registered as a read-only, idempotent action', async () => {
    const { actions } = await registry.list();
    expect(actions.find(a => a.id === ACTION)).toMatchObject({
      attributes: { readOnly: true, idempotent: true, destructive: false },
    });
  });

  it('says the score and each failed check with its fix and link', async () => {
    const output = await invoke('component:default/checkout-service');
    expect(output.score).toBeGreaterThan(0);
    expect(output.score).toBeLessThan(100);
    const failed = output.checks.filter(check => !check.passed);
    expect(failed.length).toBeGreaterThan(0);
    expect(output.text).toContain(
      `component:default/checkout-service is ${output.score}% agent-ready.`,
    );
    for (const check of failed) {
      expect(output.text).toContain(check.fix);
      expect(output.text).toContain(check.link);
    }
  });

  it('refuses an entity that does not exist as not found', async () => {
    await expect(
      invoke('component:default/no-such-service'),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
      message: expect.stringContaining('component:default/no-such-service'),
    });
  });
});
