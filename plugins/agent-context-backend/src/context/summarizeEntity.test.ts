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
