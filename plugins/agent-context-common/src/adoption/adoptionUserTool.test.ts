import {
  ADOPTION_CONTEXT_ONLY_TOOL,
  adoptionUserTool,
} from './adoptionUserTool';

describe('adoptionUserTool', () => {
  it('keeps a context fetch apart from the use of an AI tool', () => {
    expect(
      adoptionUserTool({ tool: 'claude-code', metrics: { contextFetches: 1 } }),
    ).toBe(ADOPTION_CONTEXT_ONLY_TOOL);
  });

  it("is the row's own tool when it carries any other figure", () => {
    expect(
      adoptionUserTool({
        tool: 'claude-code',
        metrics: { contextFetches: 1, requests: 2 },
      }),
    ).toBe('claude-code');
    expect(adoptionUserTool({ metrics: { requests: 2 } })).toBe('');
  });
});
