import { normalizeContext } from '../agentsMd/normalizeContext';
import { bareEntityContext } from './bareEntityContext';

describe('bareEntityContext', () => {
  it('is the context of the entity named, with nothing around it', () => {
    const context = bareEntityContext('component:default/checkout-service');
    expect(context.entity).toEqual({
      ref: 'component:default/checkout-service',
      kind: 'Component',
      namespace: 'default',
      name: 'checkout-service',
      tags: [],
      links: [],
    });
    // Already in the renderer's order: nothing to sort.
    expect(normalizeContext(context)).toEqual(context);
  });
});
