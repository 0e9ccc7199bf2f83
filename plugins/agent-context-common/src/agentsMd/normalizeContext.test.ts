import { EntityContext, RelatedEntity } from '../types';
import { checkoutServiceContext } from './__fixtures__/checkoutServiceContext';
import {
  checkoutTeamContext,
  paymentsApiContext,
} from './__fixtures__/kindContexts';
import { compareStrings, normalizeContext } from './normalizeContext';

function related(ref: string, resolved = true): RelatedEntity {
  return { ref, kind: 'Component', resolved };
}

describe('compareStrings', () => {
  it('orders by code point, whatever the locale', () => {
    expect(['b', 'B', 'a', 'Á', 'A'].sort(compareStrings)).toEqual([
      'A',
      'B',
      'a',
      'b',
      'Á',
    ]);
  });
});

describe('normalizeContext', () => {
  it('sorts related entities by ref and keeps one of each, the resolved one', () => {
    const normalized = normalizeContext({
      ...checkoutServiceContext,
      dependencies: {
        dependsOn: [
          related('component:default/b'),
          related('component:default/a', false),
          related('component:default/a'),
        ],
        dependedOnBy: [],
      },
    });
    expect(normalized.dependencies.dependsOn).toEqual([
      related('component:default/a'),
      related('component:default/b'),
    ]);
  });

  it('keeps the owner chain in its order, nearest group first', () => {
    const parents = [...checkoutServiceContext.ownership.parents].reverse();
    const normalized = normalizeContext({
      ...checkoutServiceContext,
      ownership: { ...checkoutServiceContext.ownership, parents },
    });
    expect(normalized.ownership.parents).toEqual(parents);
  });

  it('leaves the entity itself out of its system parts', () => {
    const normalized = normalizeContext({
      ...checkoutServiceContext,
      system: {
        ...checkoutServiceContext.system!,
        parts: [related('component:default/checkout-service')],
      },
    });
    expect(normalized.system?.parts).toEqual([]);
  });

  it('orders blast-radius entries by depth, then ref', () => {
    const normalized = normalizeContext(checkoutServiceContext);
    const keys = normalized.blastRadius.entries.map(e => `${e.depth} ${e.ref}`);
    expect(keys).toEqual([...keys].sort(compareStrings));
    expect(keys[0]).toBe('1 component:default/checkout-sdk');
  });

  it('sorts skills by ref and keeps one of each', () => {
    const skill = (name: string, scope: string) => ({
      ref: `airesource:default/${name}`,
      name,
      scope,
    });
    const normalized = normalizeContext({
      ...checkoutServiceContext,
      skills: [
        skill('b', 'group:default/x'),
        skill('a', 'system:default/y'),
        skill('b', 'domain:default/z'),
      ],
    });
    expect(normalized.skills).toEqual([
      skill('a', 'system:default/y'),
      skill('b', 'domain:default/z'),
    ]);
  });

  it('reads a context from before skills existed as having none', () => {
    const { skills: _skills, ...older } = checkoutServiceContext;
    expect(normalizeContext(older as EntityContext).skills).toEqual([]);
  });

  it('does not change the context it is given', () => {
    const copy = JSON.parse(JSON.stringify(checkoutServiceContext));
    normalizeContext(checkoutServiceContext);
    expect(checkoutServiceContext).toEqual(copy);
  });

  it('sorts the lists of every kind, and keeps a group’s parent chain as a path', () => {
    const group = checkoutTeamContext.group!;
    const normalized = normalizeContext({
      ...checkoutTeamContext,
      group: {
        ...group,
        parents: [...group.parents].reverse(),
        members: [...group.members].reverse(),
      },
      owns: {
        ...checkoutTeamContext.owns!,
        entities: [...checkoutTeamContext.owns!.entities].reverse(),
      },
    });
    expect(normalized.group?.parents).toEqual([...group.parents].reverse());
    expect(normalized.group?.members).toEqual(group.members);
    expect(normalized.owns?.entities).toEqual(
      checkoutTeamContext.owns!.entities,
    );

    const api = paymentsApiContext.api!;
    expect(
      normalizeContext({
        ...paymentsApiContext,
        api: {
          providedBy: api.providedBy,
          consumedBy: [...api.consumedBy, api.consumedBy[0]].reverse(),
        },
      }).api?.consumedBy,
    ).toEqual(api.consumedBy);
  });
});
