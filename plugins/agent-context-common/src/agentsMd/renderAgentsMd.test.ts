import { InputError } from '@backstage/errors';
import { readFileSync, writeFileSync } from 'fs';
import { countTokens } from 'gpt-tokenizer';
import { join } from 'path';
import { ApiUsage, EntityContext } from '../types';
import {
  checkoutRenderOptions,
  checkoutServiceContext,
} from './__fixtures__/checkoutServiceContext';
import {
  contextCarrying,
  hostileContext,
  hostileSubjectRef,
} from './__fixtures__/hostileContext';
import {
  HOSTILE_TEXTS,
  ORDINARY_TEXTS,
  invisibleCharactersIn,
  liveBareAddressesIn,
} from '../testUtils';
import { bareEntityContext } from '../testUtils/bareEntityContext';
import { countLines } from './countLines';
import {
  checkoutSystemContext,
  checkoutTeamContext,
  commerceDomainContext,
  guestContext,
  kindRenderOptions,
  paymentsApiContext,
} from './__fixtures__/kindContexts';
import { parseAgentsMdHeader } from './agentsMdHeader';
import { neutralizeText } from './neutralizeText';
import { renderAgentsMd } from './renderAgentsMd';
import { neutralizeMarkdown } from './sanitizeConventionBody';

const GOLDEN = join(__dirname, '__goldens__', 'checkout-service.md');

/** A small seeded generator, so a failing shuffle can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** The context with every list shuffled, except the owner chain (a path). */
function shuffleContext(context: EntityContext, seed: number): EntityContext {
  const next = random(seed);
  const mix = <T>(items: readonly T[]) => shuffled(items, next);
  const usage = (u: ApiUsage): ApiUsage => ({
    api: u.api,
    providers: mix(u.providers),
    consumers: mix(u.consumers),
  });
  return {
    ...context,
    entity: {
      ...context.entity,
      tags: mix(context.entity.tags),
      links: mix(context.entity.links),
    },
    ownership: {
      ...context.ownership,
      owner: context.ownership.owner && {
        ...context.ownership.owner,
        links: mix(context.ownership.owner.links ?? []),
      },
      members: mix(context.ownership.members),
    },
    dependencies: {
      dependsOn: mix(context.dependencies.dependsOn),
      dependedOnBy: mix(context.dependencies.dependedOnBy),
    },
    apis: {
      provides: mix(context.apis.provides).map(usage),
      consumes: mix(context.apis.consumes).map(usage),
    },
    system: context.system && {
      ...context.system,
      parts: mix(context.system.parts),
    },
    blastRadius: {
      ...context.blastRadius,
      entries: mix(context.blastRadius.entries),
    },
    conventions: mix(context.conventions),
    skills: mix(context.skills),
  };
}

function headingsOf(markdown: string): string[] {
  return markdown.split('\n').filter(line => line.startsWith('#'));
}

/** Lines outside fences that a CommonMark reader could take for a heading. */
function headingLikeLinesOutsideFences(markdown: string): string[] {
  const found: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      continue;
    }
    const afterContainers = line.replace(/^\s*(?:(?:[-+*]|\d+[.)]|>)\s*)*/, '');
    if (
      /^#{1,6}(\s|$)/.test(afterContainers) ||
      /^(=+|-{2,})\s*$/.test(afterContainers)
    ) {
      found.push(line);
    }
  }
  return found;
}

describe('renderAgentsMd', () => {
  describe('for the checkout service', () => {
    const {
      markdown,
      tokens,
      lines: lineCount,
      omitted,
      overBudget,
    } = renderAgentsMd(checkoutServiceContext, checkoutRenderOptions);

    it('matches the golden file byte for byte', () => {
      if (process.env.UPDATE_GOLDENS === '1') {
        writeFileSync(GOLDEN, markdown);
      }
      expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
    });

    it('stays well under 200 lines', () => {
      expect(markdown.split('\n').length).toBeLessThan(150);
    });

    it('puts the sections in the documented order', () => {
      expect(headingsOf(markdown)).toEqual([
        '# Checkout service',
        '## Commands',
        '## Boundaries',
        '## Conventions',
        '### MUST',
        '### SHOULD',
        '### MAY',
        '## Skills',
        '## Ownership',
        '## Dependencies',
        '### Depends on',
        '### Depended on by',
        '### APIs provided',
        '### APIs consumed',
        '### System',
        '## Blast radius',
        '### Depth 1',
        '### Depth 2',
        '## Docs and links',
      ]);
    });

    it('opens with a notice saying where to edit, and a header that reads back', () => {
      const lines = markdown.split('\n');
      expect(lines[0]).toBe(
        '<!-- Generated by Agent Context from the Backstage catalog. Do not edit by hand: edit the catalog, or the conventions at https://portal.northwind.example/catalog/default/component/checkout-service (an inherited rule at the scope it names). -->',
      );
      expect(parseAgentsMdHeader(markdown)).toEqual({
        entityRef: 'component:default/checkout-service',
        catalogRevision: '3f9a1c2b7d4e6a80',
        conventionsRevision: '9b2e4d6f8a0c1e3d',
        contentHash: checkoutServiceContext.metadata.contentHash,
      });
    });

    it('says what the entity is in one line of catalog facts', () => {
      expect(markdown).toContain(
        "\n# Checkout service\n\nComponent (service, production) in system checkout, owned by Checkout Team. Turns a shopper's basket into a paid order, reserving stock and taking payment.\n",
      );
      expect(markdown).not.toContain('Orders are written to checkout-db');
    });

    it('shows every rule with its id, severity group and scope', () => {
      expect(markdown).toContain(
        '### MUST\n\n- `DATA-001` **Keep customer addresses in the EU**: Store',
      );
      expect(markdown).toContain(
        '\n- `PAY-002` **Send an idempotency key with every payment call**: Use the checkout id',
      );
      expect(markdown).toContain(
        '- `API-003` **Version breaking API changes** (from `domain:default/commerce`):\n  A breaking change',
      );
    });

    it('says which rules are enforced and what an override replaces', () => {
      expect(markdown).toContain(
        '- `SEC-004` **Never log card data**: Card numbers, CVCs and expiry dates must not reach logs, traces or error messages. (from `global`, enforced)\n',
      );
      expect(markdown).toContain(
        '- `TST-001` **Cover new code with integration tests**: Test against the real PostgreSQL and Kafka from `compose.yaml`, not mocks. (from `group:default/checkout-team`, overrides `global`)\n',
      );
    });

    it('gives a catalog rule its rationale after the body', () => {
      expect(markdown).toContain(
        'only in `eu-west-1`. Why: Our data processing agreements promise customers that personal data never leaves the EU. (from `domain:default/commerce`, catalog rule `airesource:default/eu-data-residency` owned by `group:default/commerce`, privacy)\n',
      );
    });

    it('lists the skills after the conventions, with what they do and where they live', () => {
      expect(markdown).toContain(
        '\n## Skills\n\n' +
          '- `payments-sandbox` **Payments sandbox**: Creates test cards and drives payments-api sandbox scenarios: declines, 3-D Secure, refunds. SKILL.md: <https://github.com/northwind-commerce/agent-skills/tree/main/payments-sandbox/> (from `system:default/checkout`)\n' +
          '- `release-notes` **Release notes**: Drafts release notes from merged pull requests in the Northwind format. SKILL.md: <https://github.com/northwind-commerce/agent-skills/tree/main/release-notes/> (from `group:default/commerce`)\n\n## Ownership',
      );
    });

    it('keeps fenced commands runnable, indented under their item', () => {
      expect(markdown).toContain(
        '- **Build and test**:\n  ```sh\n  ./gradlew :services:checkout-service:build\n  ```\n',
      );
    });

    it('gives the owner chain and the members by ref, with how many are not listed', () => {
      expect(markdown).toContain(
        '- Chain: Checkout Team (`group:default/checkout-team`) → Commerce Engineering (`group:default/commerce`) → Engineering (`group:default/engineering`) → Northwind Commerce (`group:default/northwind`)',
      );
      expect(markdown).toContain(
        '- Members: Aisha Bello (`user:default/aisha-bello`, `aisha.bello@northwind.example`), Elena Petrova (`user:default/elena-petrova`, `elena.petrova@northwind.example`), Tomáš Novák (`user:default/tomas-novak`, `tomas.novak@northwind.example`) and 1 more',
      );
    });

    it('marks a dependency that is not in the catalog, and links those that are', () => {
      expect(markdown).toContain(
        '- `component:default/address-validation` (not in catalog)\n',
      );
      expect(markdown).toContain(
        '- [`component:default/payments-service`](https://portal.northwind.example/catalog/default/component/payments-service) (service, production, owner `group:default/payments-team`): ',
      );
    });

    it('bounds the consumers of an API and leaves the entity itself out', () => {
      expect(markdown).toContain('  - Other consumers: 15\n');
      expect(markdown).toContain(
        '  - Consumed by (3): `component:default/checkout-sdk`, `component:default/mobile-bff`, `component:default/storefront-web`\n',
      );
    });

    it('counts the blast radius and says how each entry is reached', () => {
      expect(markdown).toContain(
        'A change here can affect 10 entities (depth ≤ 2).',
      );
      expect(markdown).toContain(
        '- `component:default/checkout-sdk`: consumes an API of this component; owner `group:default/checkout-team`',
      );
      expect(markdown).toContain(
        '- `component:default/ios-app`: consumes an API of `component:default/mobile-bff`; owner `group:default/web-team`',
      );
    });

    it('resolves the relative docs URL against the portal', () => {
      expect(markdown).toContain(
        '- Docs: <https://portal.northwind.example/docs/default/component/checkout-service>',
      );
    });

    it('leaves nothing out without a budget, and reports no count without a counter', () => {
      expect(omitted).toEqual([]);
      expect(overBudget).toBe(false);
      expect(tokens).toBeUndefined();
      expect(lineCount).toBe(countLines(markdown));
      expect(markdown).not.toContain('## Left out');
    });

    it('reports the token count of the document when given a counter', () => {
      const counted = renderAgentsMd(checkoutServiceContext, {
        ...checkoutRenderOptions,
        countTokens,
      });
      expect(counted.markdown).toBe(markdown);
      expect(counted.tokens).toBe(countTokens(markdown));
    });
  });

  describe('determinism', () => {
    const render = (context: EntityContext) =>
      renderAgentsMd(context, checkoutRenderOptions).markdown;
    const expected = render(checkoutServiceContext);

    it('gives the same bytes when rendered twice', () => {
      expect(render(checkoutServiceContext)).toBe(expected);
    });

    it.each([1, 2, 3, 42, 2026])(
      'gives the same bytes whatever the order of the input lists (seed %i)',
      seed => {
        const context = shuffleContext(checkoutServiceContext, seed);
        expect(context.conventions).not.toEqual(
          checkoutServiceContext.conventions,
        );
        expect(render(context)).toBe(expected);
      },
    );

    it('does not depend on, or show, the generation time', () => {
      const later = render({
        ...checkoutServiceContext,
        metadata: {
          ...checkoutServiceContext.metadata,
          generatedAt: '2030-01-01T00:00:00.000Z',
        },
      });
      expect(later).toBe(expected);
      expect(expected).not.toContain('2026-05-04');
    });
  });

  describe('for every kind', () => {
    const render = (context: EntityContext) =>
      renderAgentsMd(context, kindRenderOptions).markdown;

    it('gives a group its organisation and what it owns, and no owner', () => {
      const markdown = render(checkoutTeamContext);
      expect(headingsOf(markdown)).toEqual([
        '# checkout-team',
        '## Commands',
        '## Organisation',
        '## Owns',
        '## Blast radius',
        '## Docs and links',
      ]);
      expect(markdown).toContain('\nGroup.\n');
      expect(markdown).not.toContain('owner recorded');
    });

    it('gives a user its groups, what it owns and why it has no blast radius', () => {
      const markdown = render(guestContext);
      expect(markdown).toContain(
        '## Organisation\n\n- Member of (1): Checkout Team (`group:default/checkout-team`)\n',
      );
      expect(markdown).toContain('## Blast radius\n\nNone for a user: ');
    });

    it.each([
      ['an API', paymentsApiContext],
      ['a system', checkoutSystemContext],
      ['a domain', commerceDomainContext],
      ['a group', checkoutTeamContext],
      ['a user', guestContext],
    ] as const)('names every entity related to %s by its ref', (_, context) => {
      const markdown = render(context);
      const refs = [
        ...(context.api?.providedBy ?? []),
        ...(context.api?.consumedBy ?? []),
        ...(context.system?.parts ?? []),
        ...(context.system?.domain ? [context.system.domain] : []),
        ...(context.domain?.parts ?? []),
        ...(context.group?.parents ?? []),
        ...(context.group?.children ?? []),
        ...(context.group?.members ?? []),
        ...(context.user?.memberOf ?? []),
        ...(context.owns?.entities ?? []),
        ...context.blastRadius.entries,
      ].map(e => e.ref);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(markdown).toContain(`\`${ref}\``);
      }
    });

    it('renders each kind the same whatever order its lists come in', () => {
      const reversed = {
        ...checkoutTeamContext,
        group: {
          ...checkoutTeamContext.group!,
          members: [...checkoutTeamContext.group!.members].reverse(),
        },
        owns: {
          ...checkoutTeamContext.owns!,
          entities: [...checkoutTeamContext.owns!.entities].reverse(),
        },
      };
      expect(render(reversed)).toBe(render(checkoutTeamContext));
    });
  });

  describe('sections with nothing in them', () => {
    const bare: EntityContext = {
      ...bareEntityContext('component:default/bare'),
      metadata: {
        generatedAt: '2026-05-04T10:00:00.000Z',
        catalogRevision: '0',
        conventionsRevision: '0',
        contentHash: 'sha256-0',
      },
    };
    const pageUrl = 'https://portal.example.com/catalog/default/component/bare';
    const { markdown } = renderAgentsMd(bare, {
      entityPageUrl: pageUrl,
      portalUrl: 'https://portal.example.com',
    });

    it('leaves out empty sections but keeps Commands and the blast radius, saying what was looked for', () => {
      expect(headingsOf(markdown)).toEqual([
        '# bare',
        '## Commands',
        '## Ownership',
        '## Blast radius',
        '## Docs and links',
      ]);
      expect(markdown).toContain(
        `## Commands\n\nNo commands recorded yet: add them at <${pageUrl}>.\n`,
      );
      expect(markdown).toContain(
        '## Blast radius\n\nA change here affects no other entity in the catalog (counted: entities that depend on it or consume an API it provides, then theirs; depth ≤ 3).\n',
      );
    });

    it('says plainly that there is no owner', () => {
      expect(markdown).toContain('Component, with no owner recorded.\n');
      expect(markdown).toContain('No owner recorded');
    });
  });

  describe('hostile catalog text', () => {
    const context: EntityContext = {
      ...hostileContext,
      entity: { ...hostileContext.entity, ref: hostileSubjectRef },
    };
    const { markdown } = renderAgentsMd(context, checkoutRenderOptions);
    const lines = markdown.split('\n');

    it('adds no heading of its own', () => {
      expect(headingsOf(markdown)).toEqual([
        '# \\# Heading \\#\\# Injected &lt;script&gt;alert(1)&lt;/script&gt;',
        '## Commands',
        '## Boundaries',
        '## Conventions',
        '### MUST',
        '### SHOULD',
        '### MAY',
        '## Skills',
        '## Ownership',
        '## Dependencies',
        '### Depends on',
        '### Depended on by',
        '### APIs provided',
        '### System',
        '## Blast radius',
        '### Depth 1',
        '### Depth 2',
        '## Docs and links',
      ]);
      expect(headingLikeLinesOutsideFences(markdown)).toEqual(
        headingsOf(markdown),
      );
    });

    it('lets no raw HTML through', () => {
      expect(markdown).not.toMatch(/<script/i);
      expect(markdown).not.toMatch(/<img/i);
      expect(markdown).not.toMatch(/<\/?[a-z][a-z0-9-]*[\s>/]/i);
    });

    it('closes every fence it opens', () => {
      const backticks = lines.filter(line => /^\s*```/.test(line));
      const tildes = lines.filter(line => /^\s*~~~/.test(line));
      expect(backticks.length % 2).toBe(0);
      expect(tildes.length % 2).toBe(0);
      expect(backticks.length).toBeGreaterThan(0);
      expect(tildes.length).toBeGreaterThan(0);
    });

    it('keeps comments to its own three header lines, and one header', () => {
      const commentLines = lines.filter(
        line => line.includes('<!--') || line.includes('-->'),
      );
      expect(commentLines).toEqual(lines.slice(0, 3));
      expect(
        lines.filter(line => /^<!-- agent-context: /.test(line)),
      ).toHaveLength(1);
    });

    it('keeps the header readable and true to the context', () => {
      expect(parseAgentsMdHeader(markdown)).toEqual({
        entityRef: hostileSubjectRef,
        catalogRevision: 'abc --> <!-- x',
        conventionsRevision: 'def\nconventions=forged',
        contentHash: 'sha256-0000 hash=forged -->',
      });
    });

    it('links only to web addresses', () => {
      const destinations = [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)/g)].map(
        match => match[1],
      );
      expect(destinations.length).toBeGreaterThan(0);
      for (const destination of destinations) {
        expect(destination).toMatch(/^https:\/\//);
      }
      const autolinks = [
        ...markdown.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi),
      ].map(match => match[1]);
      for (const autolink of autolinks) {
        expect(autolink).toMatch(/^https:\/\//);
      }
      expect(markdown).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
    });

    it('adds no list items, quotes or tables of its own', () => {
      expect(
        lines.filter(line =>
          /^\s*(- injected|1\. numbered|> quote)/.test(line),
        ),
      ).toEqual([]);
      expect(markdown).not.toMatch(/(?<!\\)\|/);
    });

    it('keeps skills, rationales and overridden scopes as plain text', () => {
      expect(markdown).toContain(
        '(from `global`, catalog rule javascript:alert(1), enforced, overrides \\`x\\` \\# scope, &lt;script&gt;alert(1)&lt;/script&gt;)\n',
      );
      expect(markdown).toContain(
        '\n- \\# skill \\#\\# Injected **\\# Heading title',
      );
      expect(markdown).toContain(
        'SKILL.md: javascript:alert(1) (from &lt;script&gt;)\n',
      );
      expect(markdown).toContain(
        'SKILL.md: data:text/html,&lt;script&gt;alert(1)&lt;/script&gt; (from group:default/\\`evil\\`)\n',
      );
    });

    it('keeps lines short however long the catalog text is', () => {
      const longest = Math.max(...lines.map(line => line.length));
      expect(longest).toBeLessThan(800);
      expect(markdown).not.toContain('x'.repeat(400));
    });
  });

  describe('text that hides from people or links itself', () => {
    const render = (text: string, maxTokens?: number) =>
      renderAgentsMd(contextCarrying(text), {
        ...checkoutRenderOptions,
        countTokens,
        maxTokens,
      });

    it.each(HOSTILE_TEXTS.map(({ name, text }) => [name, text]))(
      'shows %s in every field as visible text, and links no address',
      (_name, text) => {
        const { markdown } = render(text);
        expect(invisibleCharactersIn(markdown)).toEqual([]);
        expect(liveBareAddressesIn(markdown)).toEqual([]);
      },
    );

    it.each(HOSTILE_TEXTS.map(({ name, text }) => [name, text]))(
      'says what the budget left out of %s without invisible characters',
      (_name, text) => {
        const { markdown, omitted } = render(text, 100);
        expect(omitted.join('\n')).toMatch(/member list of/);
        expect(invisibleCharactersIn(omitted.join('\n'))).toEqual([]);
        expect(invisibleCharactersIn(markdown)).toEqual([]);
        expect(liveBareAddressesIn(markdown)).toEqual([]);
      },
    );

    it.each(HOSTILE_TEXTS.map(({ name, text }) => [name, text]))(
      'renders %s served already neutralised as it renders it raw',
      (_name, text) => {
        const raw = contextCarrying(text);
        const served: EntityContext = {
          ...raw,
          entity: {
            ...raw.entity,
            title: neutralizeText(raw.entity.title!),
            description: neutralizeText(raw.entity.description!),
          },
          conventions: raw.conventions.map(convention => ({
            ...convention,
            title: neutralizeText(convention.title),
            body: neutralizeMarkdown(convention.body),
          })),
        };
        expect(render(text).markdown).toBe(
          renderAgentsMd(served, checkoutRenderOptions).markdown,
        );
      },
    );

    it('keeps the links it makes itself, from catalog links and locations', () => {
      const { markdown } = render(HOSTILE_TEXTS[0].text);
      expect(markdown).toContain('](https://links.example/runbook)');
      expect(markdown).toContain('](https://links.example/chat)');
      expect(markdown).toContain('<https://links.example/skill/SKILL.md>');
    });

    it.each(ORDINARY_TEXTS)('shows %j as written wherever it is', text => {
      const occurrences = (markdown: string, of: string) =>
        markdown.split(of).length - 1;
      const control = 'Plain words here';
      const expected = occurrences(render(control).markdown, control);
      expect(expected).toBeGreaterThan(30);
      expect(occurrences(render(text).markdown, text)).toBe(expected);
    });
  });

  describe('options', () => {
    it('requires a token counter with a budget', () => {
      expect(() =>
        renderAgentsMd(checkoutServiceContext, {
          ...checkoutRenderOptions,
          maxTokens: 1000,
        }),
      ).toThrow(
        new InputError('countTokens is required when maxTokens is set'),
      );
    });

    it.each([0, -5, 1.5, Number.NaN])(
      'refuses a limit of %p lines, naming maxLines',
      maxLines => {
        expect(() =>
          renderAgentsMd(checkoutServiceContext, {
            ...checkoutRenderOptions,
            maxLines,
          }),
        ).toThrow(
          new InputError(
            `maxLines must be a positive integer, got ${maxLines}`,
          ),
        );
      },
    );

    it.each([0, -5, 1.5, Number.NaN])(
      'refuses a budget of %p tokens',
      maxTokens => {
        expect(() =>
          renderAgentsMd(checkoutServiceContext, {
            ...checkoutRenderOptions,
            maxTokens,
            countTokens,
          }),
        ).toThrow(InputError);
      },
    );
  });
});
