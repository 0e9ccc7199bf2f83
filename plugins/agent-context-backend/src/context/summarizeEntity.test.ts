import { Entity } from '@backstage/catalog-model';
import {
  HOSTILE_TEXTS,
  ORDINARY_TEXTS,
  invisibleCharactersIn,
} from '@agent-context/plugin-agent-context-common/testUtils';
import { checkoutService, checkoutTeam } from '../__fixtures__/entities';
import {
  firstLine,
  summarizeOwner,
  summarizeRelated,
  summarizeSubject,
  unresolvedOwner,
  unresolvedRelated,
} from './summarizeEntity';

describe('firstLine', () => {
  it('keeps only the first non-empty line, trimmed', () => {
    expect(firstLine('  One.\nTwo.')).toBe('One.');
    expect(firstLine('\n\n')).toBeUndefined();
    expect(firstLine(undefined)).toBeUndefined();
  });
});

describe('summarizeRelated', () => {
  it('summarises an entity to ref, kind, type, owner, lifecycle and one line', () => {
    expect(summarizeRelated(checkoutService)).toEqual({
      ref: 'component:default/checkout-service',
      kind: 'Component',
      type: 'service',
      title: undefined,
      description: 'Takes orders from basket to payment.',
      owner: 'group:default/checkout-team',
      lifecycle: 'production',
      resolved: true,
    });
  });

  it('marks a ref without an entity as unresolved, keeping its kind', () => {
    expect(unresolvedRelated('component:default/gone')).toEqual({
      ref: 'component:default/gone',
      kind: 'component',
      resolved: false,
    });
  });
});

describe('summarizeOwner', () => {
  it('prefers the profile display name and keeps the email', () => {
    expect(summarizeOwner(checkoutTeam)).toMatchObject({
      ref: 'group:default/checkout-team',
      displayName: 'Checkout Team',
      email: 'checkout@example.com',
      type: 'team',
      resolved: true,
    });
  });

  it('falls back to the name for an owner that is not in the catalog', () => {
    expect(unresolvedOwner('group:default/ghosts')).toEqual({
      ref: 'group:default/ghosts',
      kind: 'group',
      displayName: 'ghosts',
      resolved: false,
    });
  });
});

describe('summarizeSubject', () => {
  it('strips the url: prefix from the source location and copies links', () => {
    const subject = summarizeSubject(checkoutService, {
      system: 'system:default/checkout',
      domain: 'domain:default/commerce',
    });
    expect(subject).toMatchObject({
      ref: 'component:default/checkout-service',
      namespace: 'default',
      name: 'checkout-service',
      sourceLocation: 'https://github.com/example/checkout/tree/main/',
      system: 'system:default/checkout',
      domain: 'domain:default/commerce',
      tags: ['typescript'],
      links: [{ url: 'https://runbooks.example/checkout', title: 'Runbook' }],
    });
  });

  it('points docs at the portal path when the entity has TechDocs', () => {
    const withDocs = {
      ...checkoutService,
      metadata: {
        ...checkoutService.metadata,
        links: [],
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      },
    };
    expect(summarizeSubject(withDocs, {}).docsUrl).toBe(
      '/docs/default/component/checkout-service',
    );
  });
});

/** An entity with `text` in every field a catalog author writes. */
function entityCarrying(text: string): Entity {
  return {
    ...checkoutService,
    metadata: {
      ...checkoutService.metadata,
      title: text,
      description: `${text}\n${text}`,
      tags: [text],
      links: [
        { url: `https://links.example/${text}`, title: text, type: text },
        { url: 'https://links.example/docs', title: 'Docs', type: 'docs' },
      ],
    },
    spec: {
      ...checkoutService.spec,
      type: text,
      lifecycle: text,
      profile: { displayName: text, email: text },
    },
  };
}

function summariesOf(entity: Entity) {
  return {
    related: summarizeRelated(entity),
    owner: summarizeOwner(entity),
    subject: summarizeSubject(entity, {}),
  };
}

describe('catalog text in summaries', () => {
  it.each(HOSTILE_TEXTS.map(({ name, text }) => [name, text]))(
    'carries no invisible character of %s into any field',
    (_name, text) => {
      const json = JSON.stringify(summariesOf(entityCarrying(text)));
      expect(invisibleCharactersIn(json)).toEqual([]);
    },
  );

  it('drops a field with nothing visible in it', () => {
    const { related, owner, subject } = summariesOf(
      entityCarrying('\u200b\u{e0041}'),
    );
    expect(related).toMatchObject({ title: undefined, description: undefined });
    expect(owner.displayName).toBe('checkout-service');
    expect(subject.tags).toEqual([]);
    expect(subject.links[0]).toEqual({ url: 'https://links.example/' });
  });

  it.each(ORDINARY_TEXTS)('keeps %j as written', text => {
    const { related, owner, subject } = summariesOf(entityCarrying(text));
    expect(related).toMatchObject({
      title: text,
      description: text,
      type: text,
      lifecycle: text,
    });
    expect(owner).toMatchObject({ displayName: text, email: text });
    expect(subject).toMatchObject({
      title: text,
      description: `${text}\n${text}`,
      tags: [text],
      links: [{ title: text, type: text }, { title: 'Docs' }],
      docsUrl: 'https://links.example/docs',
    });
  });
});
