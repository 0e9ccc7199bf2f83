import { checkoutServiceContext } from '../agentsMd/__fixtures__/checkoutServiceContext';
import { EntityContext } from '../types';
import { scopePathOf, toContextConvention } from './contextPlacement';

describe('scopePathOf', () => {
  it('reads the placement, not the ownership chain shown to people', () => {
    const trimmedForDisplay: EntityContext = {
      ...checkoutServiceContext,
      ownership: { ...checkoutServiceContext.ownership, parents: [] },
    };
    expect(scopePathOf(trimmedForDisplay)).toEqual([
      { scope: 'global', level: 'global' },
      { scope: 'domain:default/commerce', level: 'domain' },
      { scope: 'system:default/checkout', level: 'system' },
      { scope: 'group:default/northwind', level: 'group' },
      { scope: 'group:default/engineering', level: 'group' },
      { scope: 'group:default/commerce', level: 'group' },
      { scope: 'group:default/checkout-team', level: 'group' },
      { scope: 'component:default/checkout-service', level: 'entity' },
    ]);
  });
});

describe('toContextConvention', () => {
  it('keeps where a catalog rule lives and who owns it', () => {
    expect(
      toContextConvention({
        id: 'checkout-retries',
        scope: 'system:default/checkout',
        source: 'catalog',
        action: 'define',
        category: 'rule',
        title: 'Retry with backoff',
        body: '',
        severity: 'should',
        enforced: false,
        location: 'airesource:default/checkout-retries',
        locationOwner: 'group:default/checkout-team',
        revision: 0,
      }),
    ).toMatchObject({
      location: 'airesource:default/checkout-retries',
      locationOwner: 'group:default/checkout-team',
    });
  });
});
