import { mockServices } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import { readAgentsMdBudget } from './readAgentsMdBudget';

const withBudget = (defaultBudget: JsonObject) =>
  mockServices.rootConfig({
    data: { agentContext: { agentsMd: { defaultBudget } } },
  });

describe('readAgentsMdBudget', () => {
  it('keeps AGENTS.md within 200 lines when nothing is configured', () => {
    expect(readAgentsMdBudget(mockServices.rootConfig())).toEqual({
      maxLines: 200,
    });
  });

  it('reads both limits under their documented keys', () => {
    expect(
      readAgentsMdBudget(withBudget({ maxLines: 150, maxTokens: 4000 })),
    ).toEqual({ maxLines: 150, maxTokens: 4000 });
  });

  it('turns a limit off with 0', () => {
    expect(readAgentsMdBudget(withBudget({ maxLines: 0 }))).toEqual({});
    expect(
      readAgentsMdBudget(withBudget({ maxLines: 0, maxTokens: 2000 })),
    ).toEqual({ maxTokens: 2000 });
    expect(readAgentsMdBudget(withBudget({ maxTokens: 0 }))).toEqual({
      maxLines: 200,
    });
  });

  it.each([
    [
      { maxLines: -1 },
      'Invalid agentContext.agentsMd.defaultBudget.maxLines -1',
    ],
    [
      { maxLines: 2.5 },
      'Invalid agentContext.agentsMd.defaultBudget.maxLines 2.5',
    ],
    [
      { maxTokens: 50 },
      'Invalid agentContext.agentsMd.defaultBudget.maxTokens 50: expected 0 (no limit) or a whole number from 100 to 1000000',
    ],
    [{ maxTokens: 2_000_000 }, 'defaultBudget.maxTokens 2000000'],
  ])('stops the backend on %j, naming the key', (budget, message) => {
    expect(() => readAgentsMdBudget(withBudget(budget))).toThrow(message);
  });

  it('refuses a limit that is not a number', () => {
    expect(() => readAgentsMdBudget(withBudget({ maxLines: 'lots' }))).toThrow(
      /agentContext\.agentsMd\.defaultBudget\.maxLines/,
    );
  });
});
