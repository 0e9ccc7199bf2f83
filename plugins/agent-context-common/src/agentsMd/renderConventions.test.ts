import { ContextConvention } from '../types';
import {
  renderBoundaries,
  renderCommands,
  renderRules,
  severityOf,
} from './renderConventions';
import { FULL_RENDER } from './renderTrims';

function rule(
  id: string,
  severity: ContextConvention['severity'],
  body = `Body of ${id}.`,
): ContextConvention {
  return {
    id,
    category: 'rule',
    severity,
    title: `Rule ${id}`,
    body,
    scope: 'global',
  };
}

describe('severityOf', () => {
  it('counts a rule without a known severity as SHOULD', () => {
    expect(severityOf(rule('A', undefined))).toBe('should');
    expect(severityOf(rule('B', 'must'))).toBe('must');
  });
});

describe('renderCommands', () => {
  it('puts a one-line body after the title and indents a longer one', () => {
    expect(
      renderCommands(
        [
          {
            id: 'C1',
            category: 'command',
            title: 'Test',
            body: '`make test`',
            scope: 'global',
          },
          {
            id: 'C2',
            category: 'command',
            title: 'Run',
            body: 'Start it:\n\n```sh\nmake run\n```',
            scope: 'global',
          },
          {
            id: 'C3',
            category: 'command',
            title: 'Lint',
            body: '',
            scope: 'global',
          },
        ],
        'https://portal.example.com/x',
      ),
    ).toEqual([
      '## Commands',
      '',
      '- **Test**: `make test`',
      '- **Run**:',
      '  Start it:',
      '',
      '  ```sh',
      '  make run',
      '  ```',
      '',
      '- **Lint**',
    ]);
  });

  it('says where to add commands when there are none', () => {
    expect(renderCommands([], 'https://portal.example.com/x')).toEqual([
      '## Commands',
      '',
      'No commands recorded yet: add them at <https://portal.example.com/x>.',
    ]);
  });
});

describe('renderBoundaries', () => {
  it('is empty without boundaries', () => {
    expect(renderBoundaries([rule('A', 'must')])).toEqual([]);
  });
});

describe('renderRules', () => {
  const rules = [rule('M1', 'must'), rule('S1', 'should'), rule('Y1', 'may')];

  it('groups rules MUST, SHOULD, MAY with id, title, body and scope', () => {
    expect(renderRules(rules, FULL_RENDER)).toEqual([
      '## Conventions',
      '',
      '### MUST',
      '',
      '- `M1` **Rule M1**: Body of M1. (from `global`)',
      '',
      '### SHOULD',
      '',
      '- `S1` **Rule S1**: Body of S1. (from `global`)',
      '',
      '### MAY',
      '',
      '- `Y1` **Rule Y1**: Body of Y1. (from `global`)',
    ]);
  });

  it('drops MAY rules and SHOULD bodies when trimmed, never MUST rules', () => {
    const lines = renderRules(rules, {
      ...FULL_RENDER,
      mayRules: false,
      shouldBodies: false,
    });
    expect(lines).toContain('- `M1` **Rule M1**: Body of M1. (from `global`)');
    expect(lines).toContain('- `S1` **Rule S1** (from `global`)');
    expect(lines.join('\n')).not.toContain('Y1');
  });

  it('leaves the section out when no rule is left', () => {
    expect(
      renderRules([rule('Y1', 'may')], { ...FULL_RENDER, mayRules: false }),
    ).toEqual([]);
  });

  describe('provenance', () => {
    it.each<{ name: string; more: Partial<ContextConvention>; line: string }>([
      {
        name: 'an enforced rule',
        more: { enforced: true },
        line: '- `M1` **Rule M1**: Body of M1. (from `global`, enforced)',
      },
      {
        name: 'an override',
        more: {
          scope: 'system:default/checkout',
          overrides: [{ scope: 'global', source: 'config' }],
        },
        line: '- `M1` **Rule M1**: Body of M1. (from `system:default/checkout`, overrides `global`)',
      },
      {
        name: 'an enforced override of two scopes, each named once',
        more: {
          scope: 'group:default/checkout-team',
          enforced: true,
          overrides: [
            { scope: 'global', source: 'config' },
            { scope: 'global', source: 'database' },
            { scope: 'domain:default/commerce', source: 'catalog' },
          ],
        },
        line: '- `M1` **Rule M1**: Body of M1. (from `group:default/checkout-team`, enforced, overrides `global`, `domain:default/commerce`)',
      },
      {
        name: "a catalog rule's subject, escaped",
        more: { scope: 'system:default/checkout', topic: 'reliability*' },
        line: '- `M1` **Rule M1**: Body of M1. (from `system:default/checkout`, reliability\\*)',
      },
      {
        name: 'a catalog rule, with the resource and the owner that entitle it to its scope',
        more: {
          scope: 'system:default/checkout',
          source: 'catalog',
          location: 'airesource:default/checkout-retries',
          locationOwner: 'group:default/checkout-team',
        },
        line: '- `M1` **Rule M1**: Body of M1. (from `system:default/checkout`, catalog rule `airesource:default/checkout-retries` owned by `group:default/checkout-team`)',
      },
      {
        name: 'a rule that overrides nothing',
        more: { enforced: false, overrides: [] },
        line: '- `M1` **Rule M1**: Body of M1. (from `global`)',
      },
    ])('describes $name', ({ more, line }) => {
      expect(
        renderRules([{ ...rule('M1', 'must'), ...more }], FULL_RENDER),
      ).toContain(line);
    });
  });

  describe('rationale', () => {
    const why = 'Auditors ask for it.';

    it('follows a one-line body', () => {
      expect(
        renderRules([{ ...rule('M1', 'must'), rationale: why }], FULL_RENDER),
      ).toContain(
        '- `M1` **Rule M1**: Body of M1. Why: Auditors ask for it. (from `global`)',
      );
    });

    it('stands alone when there is no body, ending as a sentence', () => {
      expect(
        renderRules(
          [{ ...rule('M1', 'must', ''), rationale: 'Auditors ask\nfor it' }],
          FULL_RENDER,
        ),
      ).toContain(
        '- `M1` **Rule M1**: Why: Auditors ask for it. (from `global`)',
      );
    });

    it('is its own paragraph after a longer body', () => {
      const lines = renderRules(
        [{ ...rule('M1', 'must', '1. one\n2. two'), rationale: why }],
        FULL_RENDER,
      );
      expect(lines).toEqual([
        '## Conventions',
        '',
        '### MUST',
        '',
        '- `M1` **Rule M1** (from `global`):',
        '  1. one',
        '  2. two',
        '',
        '  Why: Auditors ask for it.',
      ]);
    });

    it('is shortened to one line, and escaped', () => {
      const [item] = renderRules(
        [{ ...rule('M1', 'must'), rationale: `# ${'word '.repeat(100)}` }],
        FULL_RENDER,
      ).filter(line => line.startsWith('- '));
      expect(item).toMatch(/Why: \\# word word .*word… \(from `global`\)$/);
      expect(item.length).toBeLessThan(300);
    });

    it('goes with the body when SHOULD bodies are trimmed', () => {
      expect(
        renderRules([{ ...rule('S1', 'should'), rationale: why }], {
          ...FULL_RENDER,
          shouldBodies: false,
        }),
      ).toContain('- `S1` **Rule S1** (from `global`)');
    });
  });
});
