import { checkoutServiceContext } from './__fixtures__/checkoutServiceContext';
import { normalizeContext } from './normalizeContext';
import { renderDependencies } from './renderDependencies';
import { FULL_RENDER } from './renderTrims';

const portal = 'https://portal.example.com';
const context = normalizeContext(checkoutServiceContext);

describe('renderDependencies', () => {
  it('lists at most five dependents when trimmed, then how many more', () => {
    const dependents = Array.from({ length: 7 }, (_, i) => ({
      ref: `component:default/d${i}`,
      kind: 'Component',
      resolved: true,
    }));
    const lines = renderDependencies(
      { ...context, dependencies: { dependsOn: [], dependedOnBy: dependents } },
      { ...FULL_RENDER, dependedOnBy: 5 },
      portal,
    );
    expect(
      lines.filter(line => line.includes('component:default/d')),
    ).toHaveLength(5);
    expect(lines).toContain('- and 2 more');
  });

  it('collapses to one line of counts when the lists are trimmed', () => {
    expect(
      renderDependencies(
        context,
        { ...FULL_RENDER, dependencyLists: false },
        portal,
      ),
    ).toEqual([
      '## Dependencies',
      '',
      'This entity depends on 5 entities, is depended on by 2, provides 1 API, consumes 2 APIs, is part of system `system:default/checkout`.',
    ]);
  });

  it('is empty for an entity with no relations', () => {
    expect(
      renderDependencies(
        {
          ...context,
          dependencies: { dependsOn: [], dependedOnBy: [] },
          apis: { provides: [], consumes: [] },
          system: undefined,
        },
        FULL_RENDER,
        portal,
      ),
    ).toEqual([]);
  });
});
