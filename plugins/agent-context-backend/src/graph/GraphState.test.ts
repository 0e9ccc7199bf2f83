import { entity } from '../__fixtures__/entities';
import { GraphState } from './GraphState';

describe('GraphState', () => {
  /** A component that depends on a target named after it: two new refs. */
  const dependent = (name: string) =>
    entity('Component', name, {}, [
      ['dependsOn', `resource:default/${name}-db`],
    ]);

  it('counts relations as entities come, change and go', () => {
    const state = new GraphState();
    state.put(dependent('a'));
    state.put(dependent('b'));
    state.put(
      entity('Component', 'a', {}, [
        ['dependsOn', 'resource:default/a-db'],
        ['ownedBy', 'group:default/team'],
      ]),
    );
    expect([state.entityCount, state.relations]).toEqual([2, 3]);

    expect(state.remove('component:default/b')).toBe(true);
    expect(state.remove('component:default/b')).toBe(false);
    expect([state.entityCount, state.relations]).toEqual([1, 2]);
    expect([...state.keys()]).toEqual(['component:default/a']);
  });

  it('lists the entities of a kind as they come and go', () => {
    const state = new GraphState();
    state.put(dependent('a'));
    state.put(entity('AiResource', 'rule-one', {}, []));
    state.put(entity('AiResource', 'rule-two', {}, []));
    state.remove('airesource:default/rule-one');
    expect(state.refsOfKind('AiResource')).toEqual([
      'airesource:default/rule-two',
    ]);
    expect(state.refsOfKind('component')).toEqual(['component:default/a']);
    expect(state.refsOfKind('system')).toEqual([]);
  });

  it('forgets the refs of entities gone once the table has doubled, and keeps reading the rest', () => {
    const state = new GraphState();
    const names = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => `${prefix}${i}`);
    names('kept', 100).forEach(name => state.put(dependent(name)));
    state.compactIfGrown(); // measures: below the minimum, 1024 strings

    // Entities come and go; every one leaves two refs in the table.
    for (const name of names('passing', 1000)) {
      state.put(dependent(name));
      state.remove(`component:default/${name}`);
    }
    const grown = state.internedStrings;
    expect(grown).toBeGreaterThan(2048);
    state.compactIfGrown();

    // What the 100 kept entities name: their refs, their targets, one type.
    expect(state.internedStrings).toBe(100 * 2 + 1);
    expect(state.get('Component:default/KEPT7')).toEqual(dependent('kept7'));
    expect(state.etagOf('component:default/kept7')).toBeUndefined();
    expect(state.get('component:default/passing3')).toBeUndefined();
    expect(state.relations).toBe(100);
  });

  it('does not compact a table that has not doubled', () => {
    const state = new GraphState();
    state.put(dependent('a'));
    state.compactIfGrown();
    state.remove('component:default/a');
    state.put(dependent('b'));
    state.compactIfGrown();

    expect(state.internedStrings).toBe(5);
  });
});
