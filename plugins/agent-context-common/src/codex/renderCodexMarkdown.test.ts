import { Convention } from '../types';
import {
  HOSTILE_TEXTS,
  ORDINARY_TEXTS,
  invisibleCharactersIn,
  liveBareAddressesIn,
} from '../testUtils';
import { renderCodexMarkdown } from './renderCodexMarkdown';

function convention(overrides: Partial<Convention>): Convention {
  return {
    id: 'SEC-001',
    scope: 'global',
    source: 'database',
    action: 'define',
    category: 'rule',
    title: 'Keep secrets out of the repository',
    body: 'Read credentials from the vault at runtime.',
    severity: 'must',
    enforced: true,
    revision: 2,
    ...overrides,
  };
}

/** A codex with `text` in every title, body and reason an owner writes. */
function codexCarrying(text: string) {
  return {
    generatedAt: '2026-05-04T10:00:00.000Z',
    scopes: [
      {
        scope: 'global',
        conventions: [
          convention({ title: text, body: `${text}\n\n- ${text}` }),
          convention({
            id: 'CMD-1',
            category: 'command',
            title: text,
            body: text,
          }),
        ],
      },
      {
        scope: 'component:default/checkout-service',
        conventions: [
          convention({
            id: 'BND-1',
            scope: 'component:default/checkout-service',
            category: 'boundary',
            title: text,
            body: `${text} ${text}`,
          }),
          convention({
            id: 'DOC-1',
            scope: 'component:default/checkout-service',
            action: 'waive',
            reason: text,
          }),
        ],
      },
    ],
  };
}

describe('renderCodexMarkdown', () => {
  it('renders each scope with its sections and waivers', () => {
    expect(renderCodexMarkdown(codexCarrying('Plain words'))).toBe(
      [
        '# Codex',
        '',
        'Every convention by scope, as of 2026-05-04T10:00:00.000Z. Resolution for an entity: its domain, system, owning groups and itself narrow the global scope.',
        '',
        '## `global`',
        '',
        '### Rules',
        '',
        '- `SEC-001` **Plain words** (must, enforced, portal, revision 2):',
        '  Plain words',
        '',
        '  - Plain words',
        '',
        '### Commands',
        '',
        '- `CMD-1` **Plain words** (must, enforced, portal, revision 2):',
        '  Plain words',
        '',
        '## `component:default/checkout-service`',
        '',
        '### Boundaries',
        '',
        '- `BND-1` **Plain words** (must, enforced, portal, revision 2):',
        '  Plain words Plain words',
        '',
        '### Waivers',
        '',
        '- `DOC-1` waived: Plain words (portal)',
        '',
      ].join('\n'),
    );
  });

  it("names a module's source by its id", () => {
    const markdown = renderCodexMarkdown({
      generatedAt: '2026-05-04T10:00:00.000Z',
      scopes: [
        {
          scope: 'global',
          conventions: [
            convention({ source: 'handbook', revision: 0, body: '' }),
          ],
        },
      ],
    });
    expect(markdown).toContain(
      '- `SEC-001` **Keep secrets out of the repository** (must, enforced, handbook)\n',
    );
  });

  it.each(HOSTILE_TEXTS.map(({ name, text }) => [name, text]))(
    'shows %s as visible text, and links no address',
    (_name, text) => {
      const markdown = renderCodexMarkdown(codexCarrying(text));
      expect(invisibleCharactersIn(markdown)).toEqual([]);
      expect(liveBareAddressesIn(markdown)).toEqual([]);
    },
  );

  it.each(ORDINARY_TEXTS)('shows %j as written', text => {
    const markdown = renderCodexMarkdown(codexCarrying(text));
    expect(markdown.split(text).length - 1).toBe(9);
  });
});
