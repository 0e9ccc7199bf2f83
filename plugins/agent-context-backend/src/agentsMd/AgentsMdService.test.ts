import { EntityContext } from '@agent-context/plugin-agent-context-common';
import { AgentsMdService } from './AgentsMdService';

function contextWith(hash: string, description: string): EntityContext {
  return {
    entity: {
      ref: 'component:default/checkout',
      kind: 'Component',
      namespace: 'default',
      name: 'checkout',
      description,
      tags: [],
      links: [],
    },
    ownership: { parents: [], members: [], memberCount: 0 },
    dependencies: { dependsOn: [], dependedOnBy: [] },
    apis: { provides: [], consumes: [] },
    blastRadius: { entries: [], maxDepth: 3, truncated: false },
    placement: { ownerChain: [] },
    conventions: [],
    skills: [],
    metadata: {
      generatedAt: '2026-01-01T00:00:00.000Z',
      catalogRevision: 'aaaaaaaaaaaaaaaa',
      conventionsRevision: 'bbbbbbbbbbbbbbbb',
      contentHash: `sha256-${hash.repeat(64)}`,
    },
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
      agentsMd.render(contextWith('a', 'Takes orders.'), { maxTokens: 100 }),
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
    expect(agentsMd.etagOf(a, { maxTokens: 500 })).toMatch(/\.500"$/);
    expect(agentsMd.etagOf(contextWith('b', 'A.'), {})).not.toBe(
      agentsMd.etagOf(a, {}),
    );
  });
});
