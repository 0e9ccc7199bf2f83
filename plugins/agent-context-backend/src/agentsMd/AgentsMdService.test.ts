import {
  EntityContext,
  countLines,
} from '@agent-context/plugin-agent-context-common';
import {
  bareEntityContext,
  largeHubContext,
} from '@agent-context/plugin-agent-context-common/testUtils';
import { InputError } from '@backstage/errors';
import { AgentsMdService } from './AgentsMdService';

function contextWith(hash: string, description: string): EntityContext {
  const bare = bareEntityContext('component:default/checkout');
  return {
    ...bare,
    entity: { ...bare.entity, description },
    metadata: { ...bare.metadata, contentHash: `sha256-${hash.repeat(64)}` },
  };
}

describe('AgentsMdService', () => {
  const service = () =>
    AgentsMdService.create({
      portalUrl: 'http://portal.test/',
      maxDocuments: 2,
    });

  it('renders with portal links and counts tokens', () => {
    const document = service().render(contextWith('a', 'Takes orders.'), {});
    expect(document.lines).toBe(countLines(document.markdown));
    expect(document.markdown).toContain(
      'http://portal.test/catalog/default/component/checkout/agent-context',
    );
    expect(document.markdown).toContain('Takes orders.');
    expect(document.tokens).toBeGreaterThan(20);
    expect(document.contentHash).toBe(`sha256-${'a'.repeat(64)}`);
  });

  it('reuses a rendered document for the same content and budget only', () => {
    const agentsMd = service();
    const first = agentsMd.render(contextWith('a', 'Takes orders.'), {});
    expect(agentsMd.render(contextWith('a', 'Takes orders.'), {})).toBe(first);
    expect(
      agentsMd.render(contextWith('a', 'Takes orders.'), { maxLines: 10 }),
    ).not.toBe(first);
    const changed = agentsMd.render(contextWith('c', 'Takes payments.'), {});
    expect(changed.markdown).toContain('Takes payments.');
  });

  it('keeps at most maxDocuments, forgetting the least recently used', () => {
    const agentsMd = service();
    const a = agentsMd.render(contextWith('a', 'A.'), {});
    const b = agentsMd.render(contextWith('b', 'B.'), {});
    agentsMd.render(contextWith('a', 'A.'), {}); // a is now the most recent
    const c = agentsMd.render(contextWith('c', 'C.'), {}); // evicts b

    // b was forgotten: it is rendered again, as a new document.
    const bAgain = agentsMd.render(contextWith('b', 'B.'), {}); // evicts a
    expect(bAgain).not.toBe(b);
    expect(bAgain).toEqual(b);
    // c stayed; keeping b again cost a, the least recently used by then.
    expect(agentsMd.render(contextWith('c', 'C.'), {})).toBe(c);
    expect(agentsMd.render(contextWith('a', 'A.'), {})).not.toBe(a);
  });

  it('counts a reuse as a use, so a document in use is not evicted', () => {
    const agentsMd = service();
    const a = agentsMd.render(contextWith('a', 'A.'), {});
    agentsMd.render(contextWith('b', 'B.'), {});
    agentsMd.render(contextWith('a', 'A.'), {}); // a is now the most recent
    agentsMd.render(contextWith('c', 'C.'), {}); // evicts b, not a
    expect(agentsMd.render(contextWith('a', 'A.'), {})).toBe(a);
  });

  it('changes the ETag with the content and the budget', () => {
    const agentsMd = service();
    const a = contextWith('a', 'A.');
    expect(agentsMd.etagOf(a, {})).toMatch(/^"sha256-a{64}\.r\d+\.all"$/);
    expect(agentsMd.etagOf(a, { maxTokens: 500 })).toMatch(/\.t500"$/);
    expect(agentsMd.etagOf(a, { maxLines: 200 })).toMatch(/\.l200"$/);
    expect(agentsMd.etagOf(a, { maxTokens: 500, maxLines: 200 })).toMatch(
      /\.t500\.l200"$/,
    );
    expect(agentsMd.etagOf(contextWith('b', 'A.'), {})).not.toBe(
      agentsMd.etagOf(a, {}),
    );
  });

  describe('budgetFor', () => {
    it('gives a caller that asks for none the default: 200 lines', () => {
      expect(service().budgetFor(undefined)).toEqual({ maxLines: 200 });
    });

    it('gives the configured default instead, whatever it is', () => {
      const configured = AgentsMdService.create({
        portalUrl: 'http://portal.test',
        defaultBudget: { maxLines: 120, maxTokens: 3000 },
      });
      expect(configured.budgetFor(undefined)).toEqual({
        maxLines: 120,
        maxTokens: 3000,
      });
    });

    it('gives the whole document for 0, and a token budget alone for a number', () => {
      expect(service().budgetFor(0)).toEqual({});
      expect(service().budgetFor(100)).toEqual({ maxTokens: 100 });
      expect(service().budgetFor(1_000_000)).toEqual({ maxTokens: 1_000_000 });
    });

    it.each([1, 99, 1_000_001, 150.5, -1, Number.NaN])(
      'refuses %p tokens, naming maxTokens and what it may be',
      maxTokens => {
        expect(() => service().budgetFor(maxTokens)).toThrow(
          new InputError(
            `Invalid maxTokens '${maxTokens}': expected 0 (no limit) or a whole number from 100 to 1000000`,
          ),
        );
      },
    );
  });

  describe('for a hub with hundreds of dependents and consumers', () => {
    const hub = largeHubContext();

    it('stays within 200 lines by default, saying what it left out', () => {
      const agentsMd = service();
      const document = agentsMd.render(hub, agentsMd.budgetFor(undefined));
      expect(document.lines).toBeLessThanOrEqual(200);
      expect(document.lines).toBe(countLines(document.markdown));
      expect(document.budget).toEqual({ maxLines: 200 });
      expect(document.overBudget).toBe(false);
      expect(document.omitted).toContain(
        '295 of 300 "Depended on by" entries beyond the first 5',
      );
      expect(document.markdown).toContain('\n## Left out\n');
      expect(agentsMd.etagOf(hub, agentsMd.budgetFor(undefined))).toMatch(
        /\.l200"$/,
      );
    });

    it('serves all of it for 0, and more for a token budget of its own', () => {
      const agentsMd = service();
      const whole = agentsMd.render(hub, agentsMd.budgetFor(0));
      expect(whole.lines).toBeGreaterThan(300);
      expect(whole.omitted).toEqual([]);
      expect(whole.budget).toEqual({});

      // A token budget replaces the default, line limit included.
      const byTokens = agentsMd.render(
        hub,
        agentsMd.budgetFor(whole.tokens - 1),
      );
      expect(byTokens.lines).toBeGreaterThan(200);
      expect(byTokens.tokens).toBeLessThan(whole.tokens);
      expect(byTokens.budget).toEqual({ maxTokens: whole.tokens - 1 });
    });
  });
});
