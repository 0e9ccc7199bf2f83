import { countLines } from '@agent-context/plugin-agent-context-common';
import {
  LARGE_HUB_REF,
  largeHubEntities,
} from '@agent-context/plugin-agent-context-common/testUtils';
import { mockCredentials } from '@backstage/backend-test-utils';
import { startConventionsBackend } from '../__testUtils__/startConventionsBackend';

const ACTION = 'test:get-agents-md';

interface Output {
  markdown: string;
  tokens: number;
  lines: number;
  omitted: string[];
  contentHash: string;
}

describe('createGetAgentsMdAction', () => {
  let registry: Awaited<
    ReturnType<typeof startConventionsBackend>
  >['actionsRegistry'];

  beforeAll(async () => {
    ({ actionsRegistry: registry } = await startConventionsBackend({
      entities: largeHubEntities(),
    }));
  });

  const invoke = async (input: Record<string, unknown>) =>
    (
      await registry.invoke({
        id: ACTION,
        input: { entityRef: LARGE_HUB_REF, ...input },
        credentials: mockCredentials.service(),
      })
    ).output as unknown as Output;

  it('is registered as a read-only, idempotent action that tells of the default', async () => {
    const { actions } = await registry.list();
    const action = actions.find(a => a.id === ACTION);
    expect(action).toMatchObject({
      attributes: { readOnly: true, idempotent: true, destructive: false },
    });
    expect(action?.description).toContain('at most 200 lines');
    expect(action?.description).toContain('0 for the whole document');
  });

  it('keeps a hub within 200 lines when no budget is asked for', async () => {
    const output = await invoke({});
    expect(output.lines).toBeLessThanOrEqual(200);
    expect(output.lines).toBe(countLines(output.markdown));
    expect(output.omitted).toContain(
      '295 of 300 "Depended on by" entries beyond the first 5',
    );
    expect(output.markdown).toContain('\n## Left out\n');
  });

  it('serves the whole document for maxTokens 0, and fits a budget asked for', async () => {
    const whole = await invoke({ maxTokens: 0 });
    expect(whole.lines).toBeGreaterThan(300);
    expect(whole.omitted).toEqual([]);

    const budget = whole.tokens - 1;
    const fitted = await invoke({ maxTokens: budget });
    expect(fitted.tokens).toBeLessThanOrEqual(budget);
    expect(fitted.lines).toBeGreaterThan(200);
  });

  it.each([1, 1_000_001, -1, 150.5])(
    'refuses maxTokens %p as an InputError naming it',
    async maxTokens => {
      await expect(invoke({ maxTokens })).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining('maxTokens'),
      });
    },
  );

  it('says what it may be when the schema lets a budget through that no caller may ask for', async () => {
    await expect(invoke({ maxTokens: 99 })).rejects.toMatchObject({
      name: 'InputError',
      message:
        "Invalid maxTokens '99': expected 0 (no limit) or a whole number from 100 to 1000000",
    });
  });
});
