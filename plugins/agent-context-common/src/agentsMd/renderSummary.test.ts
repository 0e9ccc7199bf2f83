import { checkoutServiceContext } from './__fixtures__/checkoutServiceContext';
import { renderTitleAndSummary } from './renderSummary';

describe('renderTitleAndSummary', () => {
  it('falls back to the name, and says when there is no owner', () => {
    expect(
      renderTitleAndSummary({
        ...checkoutServiceContext,
        entity: {
          ...checkoutServiceContext.entity,
          title: undefined,
          type: undefined,
          lifecycle: undefined,
          system: undefined,
          description: '\n\n  Does things!\nMore.',
          tags: [],
        },
        ownership: { parents: [], members: [], memberCount: 0 },
      }),
    ).toEqual([
      '# checkout-service',
      '',
      'Component, with no owner recorded. Does things!',
    ]);
  });

  it('bounds the tags it lists', () => {
    const tags = Array.from(
      { length: 20 },
      (_, i) => `t${String(i).padStart(2, '0')}`,
    );
    const lines = renderTitleAndSummary({
      ...checkoutServiceContext,
      entity: { ...checkoutServiceContext.entity, tags },
    });
    expect(lines[lines.length - 1]).toMatch(/`t14` and 5 more\.$/);
  });

  it('makes up no owner for a group or user: they are owners', () => {
    const lines = renderTitleAndSummary({
      ...checkoutServiceContext,
      entity: {
        ...checkoutServiceContext.entity,
        ref: 'group:default/checkout-team',
        kind: 'Group',
        title: 'Checkout Team',
        type: 'team',
        lifecycle: undefined,
        system: undefined,
        description: 'Owns the basket.',
        tags: [],
      },
      ownership: { parents: [], members: [], memberCount: 0 },
    });
    expect(lines).toEqual([
      '# Checkout Team',
      '',
      'Group (team). Owns the basket.',
    ]);
  });
});
