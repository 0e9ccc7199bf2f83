import { checkoutServiceContext } from '../agentsMd/__fixtures__/checkoutServiceContext';
import { hostileContext } from '../agentsMd/__fixtures__/hostileContext';
import {
  checkoutSystemContext,
  checkoutTeamContext,
  commerceDomainContext,
  guestContext,
  paymentsApiContext,
} from '../agentsMd/__fixtures__/kindContexts';
import { bareEntityContext } from '../testUtils';
import { conventionInputSchema, conventionSchema } from './Convention';
import { entityContextSchema } from './EntityContext';

describe('the schemas of the shared types', () => {
  it.each([
    ['a service', checkoutServiceContext],
    ['a context of hostile text', hostileContext],
    ['an API', paymentsApiContext],
    ['a system', checkoutSystemContext],
    ['a domain', commerceDomainContext],
    ['a group', checkoutTeamContext],
    ['a user', guestContext],
    ['a bare component', bareEntityContext('component:default/bare')],
  ])('read the context of %s as it is, dropping nothing', (_, context) => {
    // Objects that are not strict drop the fields they do not know, so
    // an undeclared field would make the two differ.
    expect(entityContextSchema.parse(context)).toEqual(context);
  });

  it('refuse a context that lacks a part or mistypes a field', () => {
    const { blastRadius: _, ...partial } = checkoutServiceContext;
    expect(entityContextSchema.safeParse(partial).success).toBe(false);
    expect(
      entityContextSchema.safeParse({
        ...checkoutServiceContext,
        ownership: { ...checkoutServiceContext.ownership, memberCount: 1.5 },
      }).success,
    ).toBe(false);
  });

  it('read a convention as stored, with its filter predicate', () => {
    const convention = {
      id: 'SEC-004',
      scope: 'global',
      source: 'database',
      action: 'define',
      category: 'rule',
      title: 'Never log card data',
      body: '',
      severity: 'must',
      appliesTo: { kind: 'component', 'spec.type': 'service' },
      enforced: true,
      revision: 3,
    };
    expect(conventionSchema.parse(convention)).toEqual(convention);
    expect(
      conventionSchema.safeParse({ ...convention, category: 'law' }).success,
    ).toBe(false);
  });

  it('refuse a convention input with fields it does not know', () => {
    const result = conventionInputSchema.safeParse({
      id: 'SEC-004',
      owner: 'me',
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['owner'] }),
    ]);
  });
});
