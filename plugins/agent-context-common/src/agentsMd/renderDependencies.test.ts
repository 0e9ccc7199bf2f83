import { checkoutServiceContext } from './__fixtures__/checkoutServiceContext';
import {
  checkoutSystemContext,
  commerceDomainContext,
  paymentsApiContext,
  related,
} from './__fixtures__/kindContexts';
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
      'This component: System `system:default/checkout`, Depends on 5, Depended on by 2, APIs provided 1, APIs consumed 2.',
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

describe('renderDependencies per kind', () => {
  it('lists an API’s providers and every consumer, each with its ref', () => {
    const lines = renderDependencies(paymentsApiContext, FULL_RENDER, portal);
    const at = (heading: string) => lines.indexOf(heading);
    expect(at('### Provided by')).toBeGreaterThan(0);
    expect(at('### Consumed by')).toBeGreaterThan(at('### Provided by'));
    for (const consumer of paymentsApiContext.api!.consumedBy) {
      expect(lines.join('\n')).toContain(`[\`${consumer.ref}\`]`);
    }
  });

  it('cuts an API’s consumers to five when the budget says so', () => {
    const lines = renderDependencies(
      paymentsApiContext,
      { ...FULL_RENDER, consumedBy: 5 },
      portal,
    );
    expect(lines).toContain('- and 2 more');
  });

  it('gives a system its domain and all its parts by kind, with the count beyond the bound', () => {
    expect(
      renderDependencies(checkoutSystemContext, FULL_RENDER, portal),
    ).toEqual([
      '## Dependencies',
      '',
      '### Domain',
      '',
      '- [`domain:default/commerce`](https://portal.example.com/catalog/default/domain/commerce)',
      '',
      '### Parts (7)',
      '',
      '- APIs (2): `api:default/cart-api`, `api:default/checkout-api`',
      '- Components (2): `component:default/cart-service`, `component:default/checkout-service`',
      '- Resources (1): `resource:default/checkout-db`',
      '- and 2 more, not listed',
    ]);
  });

  it('gives a domain its systems and subdomains', () => {
    expect(
      renderDependencies(commerceDomainContext, FULL_RENDER, portal),
    ).toEqual([
      '## Dependencies',
      '',
      '### Systems and subdomains (3)',
      '',
      '- Domains (1): `domain:default/logistics`',
      '- Systems (2): `system:default/checkout`, `system:default/storefront`',
    ]);
  });

  it('gives a component the component it is part of, and its subcomponents', () => {
    const lines = renderDependencies(
      {
        ...context,
        component: {
          subcomponentOf: related('component:default/shop'),
          subcomponents: [related('component:default/rules')],
          subcomponentCount: 1,
        },
      },
      FULL_RENDER,
      portal,
    ).join('\n');
    expect(lines).toContain(
      '### Subcomponent of\n\n- [`component:default/shop`]',
    );
    expect(lines).toContain(
      '### Subcomponents (1)\n\n- Components (1): `component:default/rules`',
    );
  });

  it('counts a system’s sections, by ref where there is one target', () => {
    expect(
      renderDependencies(
        checkoutSystemContext,
        { ...FULL_RENDER, dependencyLists: false },
        portal,
      ),
    ).toEqual([
      '## Dependencies',
      '',
      'This system: Domain `domain:default/commerce`, Parts 7.',
    ]);
  });
});
