import {
  checkoutTeamContext,
  guestContext,
  paymentsApiContext,
} from './__fixtures__/kindContexts';
import { renderOrganisation, renderOwned } from './renderOrganisation';
import { FULL_RENDER } from './renderTrims';

describe('renderOrganisation', () => {
  it('gives a group its parent chain, child groups and members, each by ref', () => {
    expect(renderOrganisation(checkoutTeamContext, FULL_RENDER)).toEqual([
      '## Organisation',
      '',
      '- Parent chain: Commerce Engineering (`group:default/commerce`) → Northwind Commerce (`group:default/northwind`)',
      '- Child groups (1): Checkout SRE (`group:default/checkout-sre`)',
      '- Members (3): Aisha Bello (`user:default/aisha-bello`, `aisha@example.com`), Guest User (`user:default/guest`) and 1 more',
    ]);
  });

  it('keeps the member count when the budget drops the list', () => {
    expect(
      renderOrganisation(checkoutTeamContext, {
        ...FULL_RENDER,
        members: false,
      }),
    ).toContain('- Members: 3');
  });

  it('says so for the top group, and for a group without members', () => {
    const lines = renderOrganisation(
      {
        ...checkoutTeamContext,
        group: {
          parents: [],
          children: [],
          childCount: 0,
          members: [],
          memberCount: 0,
        },
      },
      FULL_RENDER,
    );
    expect(lines).toEqual([
      '## Organisation',
      '',
      '- Parent group: none, the top of the organisation',
      '- Members: none',
    ]);
  });

  it('gives a user the groups it belongs to', () => {
    expect(renderOrganisation(guestContext, FULL_RENDER)).toEqual([
      '## Organisation',
      '',
      '- Member of (1): Checkout Team (`group:default/checkout-team`)',
    ]);
  });

  it('is empty for the kinds that have an owner instead', () => {
    expect(renderOrganisation(paymentsApiContext, FULL_RENDER)).toEqual([]);
  });
});

describe('renderOwned', () => {
  it('lists what a group owns by kind, every ref', () => {
    expect(renderOwned(checkoutTeamContext, FULL_RENDER)).toEqual([
      '## Owns',
      '',
      '- APIs (1): `api:default/checkout-api`',
      '- Components (2): `component:default/checkout-sdk`, `component:default/checkout-service`',
    ]);
  });

  it('says how many a bound or the budget left out', () => {
    const bounded = {
      ...checkoutTeamContext,
      owns: { ...checkoutTeamContext.owns!, count: 30 },
    };
    expect(renderOwned(bounded, FULL_RENDER)).toContain(
      '- and 27 more, not listed',
    );
    expect(renderOwned(bounded, { ...FULL_RENDER, owned: false })).toEqual([
      '## Owns',
      '',
      '30 entities.',
    ]);
  });

  it('says plainly when a user owns nothing', () => {
    expect(renderOwned(guestContext, FULL_RENDER)).toEqual([
      '## Owns',
      '',
      'Nothing in the catalog names this user as its owner.',
    ]);
  });
});
