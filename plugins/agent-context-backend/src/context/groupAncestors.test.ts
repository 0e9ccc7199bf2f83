import { Entity } from '@backstage/catalog-model';
import { groupEntity } from '../__fixtures__/entities';
import { GROUP_ANCESTORS_LIMIT, groupAncestors } from './groupAncestors';

function loaderOf(groups: Entity[]) {
  const byRef = new Map(
    groups.map(g => [`group:default/${g.metadata.name}`, g]),
  );
  const asked: string[] = [];
  const load = async (ref: string) => {
    asked.push(ref);
    return byRef.get(ref);
  };
  return { load, asked };
}

const refsOf = (ancestors: Array<{ ref: string; entity?: Entity }>) =>
  ancestors.map(a => `${a.ref}${a.entity ? '' : ' (unresolved)'}`);

describe('groupAncestors', () => {
  it('lists the groups above, nearest first, to the root', async () => {
    const groups = [
      groupEntity('team', 'dept'),
      groupEntity('dept', 'org'),
      groupEntity('org'),
    ];
    const { load } = loaderOf(groups);
    expect(refsOf(await groupAncestors(groups[0], load))).toEqual([
      'group:default/dept',
      'group:default/org',
    ]);
  });

  it('stops where a group comes round again', async () => {
    const groups = [
      groupEntity('team', 'a'),
      groupEntity('a', 'b'),
      groupEntity('b', 'team'),
    ];
    const { load, asked } = loaderOf(groups);
    expect(refsOf(await groupAncestors(groups[0], load))).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
    expect(asked).toEqual(['group:default/a', 'group:default/b']);
  });

  it('lists a parent it cannot read as unresolved and goes no further', async () => {
    const groups = [groupEntity('team', 'hidden')];
    const { load } = loaderOf(groups);
    expect(refsOf(await groupAncestors(groups[0], load))).toEqual([
      'group:default/hidden (unresolved)',
    ]);
  });

  it('follows a chain far deeper than any display setting, up to its safety bound', async () => {
    const chain = Array.from({ length: GROUP_ANCESTORS_LIMIT + 20 }, (_, i) =>
      groupEntity(`g${i}`, `g${i + 1}`),
    );
    const { load } = loaderOf(chain);
    const ancestors = await groupAncestors(chain[0], load);
    expect(ancestors).toHaveLength(GROUP_ANCESTORS_LIMIT);
    expect(ancestors[29].ref).toBe('group:default/g30');
  });
});
