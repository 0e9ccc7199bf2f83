import {
  entityPageUrlOf,
  kindNoun,
  renderByKind,
  renderOwnerText,
  renderRef,
  renderRefList,
  renderRelated,
  shortName,
} from './relatedEntityText';

const portal = 'https://portal.example.com/';

describe('entityPageUrlOf', () => {
  it('builds the catalog route, kind and namespace lower-cased', () => {
    expect(entityPageUrlOf('Component:Default/Checkout-Service', portal)).toBe(
      'https://portal.example.com/catalog/default/component/Checkout-Service',
    );
  });

  it('gives no page for a ref without the catalog shape', () => {
    expect(entityPageUrlOf('checkout-service', portal)).toBeUndefined();
    expect(entityPageUrlOf('component:default/a b', portal)).toBeUndefined();
  });
});

describe('renderRef', () => {
  it('links a ref in a code span to its page', () => {
    expect(renderRef('api:default/checkout-api', portal)).toBe(
      '[`api:default/checkout-api`](https://portal.example.com/catalog/default/api/checkout-api)',
    );
  });
});

describe('shortName', () => {
  it('drops the default namespace and keeps any other', () => {
    expect(shortName('system:default/checkout')).toBe('checkout');
    expect(shortName('system:retail/checkout')).toBe('retail/checkout');
  });
});

describe('renderRelated', () => {
  it('gives type, lifecycle, owner and a shortened description', () => {
    const text = renderRelated(
      {
        ref: 'component:default/a',
        kind: 'Component',
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/team-a',
        description: 'word '.repeat(100),
        resolved: true,
      },
      portal,
    );
    expect(text).toMatch(
      /^\[`component:default\/a`\]\(https:\/\/portal\.example\.com\/catalog\/default\/component\/a\) \(service, production, owner `group:default\/team-a`\): word word .*…$/,
    );
    expect(text.length).toBeLessThan(300);
  });

  it('marks an entity that is not in the catalog, without a link', () => {
    expect(
      renderRelated(
        { ref: 'component:default/gone', kind: 'Component', resolved: false },
        portal,
      ),
    ).toBe('`component:default/gone` (not in catalog)');
  });
});

describe('renderRefList', () => {
  it('shows at most the limit, then how many more', () => {
    const entities = ['a', 'b', 'c', 'd'].map(name => ({
      ref: `component:default/${name}`,
      kind: 'Component',
      resolved: name !== 'b',
    }));
    expect(renderRefList(entities, 2)).toBe(
      '`component:default/a`, `component:default/b` (not in catalog) and 2 more',
    );
    expect(renderRefList(entities, 10)).not.toContain('more');
  });

  it('counts what the context itself left out in "more"', () => {
    const entities = [{ ref: 'api:default/a', kind: 'API', resolved: true }];
    expect(renderRefList(entities, 10, 4)).toBe('`api:default/a` and 3 more');
  });
});

describe('renderOwnerText', () => {
  it('gives the name with the ref, and the email when asked', () => {
    const owner = {
      ref: 'user:default/tomas-novak',
      kind: 'User',
      displayName: 'Tomáš Novák',
      email: 'tomas.novak@example.com',
      resolved: true,
    };
    expect(renderOwnerText(owner)).toBe(
      'Tomáš Novák (`user:default/tomas-novak`)',
    );
    expect(renderOwnerText(owner, { email: true })).toBe(
      'Tomáš Novák (`user:default/tomas-novak`, `tomas.novak@example.com`)',
    );
  });

  it('marks a group the catalog does not hold', () => {
    expect(
      renderOwnerText({
        ref: 'group:default/gone',
        kind: 'group',
        displayName: 'gone',
        resolved: false,
      }),
    ).toBe('gone (`group:default/gone`, not in catalog)');
  });
});

describe('kindNoun', () => {
  it('spells the kinds as prose does', () => {
    expect(kindNoun('API')).toBe('API');
    expect(kindNoun('api', 2)).toBe('APIs');
    expect(kindNoun('Component', 3)).toBe('components');
    expect(kindNoun('AiResource')).toBe('AI resource');
  });
});

describe('renderByKind', () => {
  it('lists by kind, every ref, then how many a bound left out', () => {
    const entity = (ref: string) => ({
      ref,
      kind: ref.slice(0, ref.indexOf(':')),
      resolved: true,
    });
    expect(
      renderByKind(
        [
          entity('api:default/a'),
          entity('component:default/b'),
          entity('component:default/c'),
        ],
        5,
      ),
    ).toEqual([
      '- APIs (1): `api:default/a`',
      '- Components (2): `component:default/b`, `component:default/c`',
      '- and 2 more, not listed',
    ]);
  });
});
