import { Entity } from '@backstage/catalog-model';
import { isAgentContextAvailable } from './isAgentContextAvailable';

function entityOfKind(kind: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'example' },
  };
}

describe('isAgentContextAvailable', () => {
  it.each([
    'Component',
    'API',
    'Resource',
    'System',
    'Domain',
    'Group',
    'User',
    'component',
  ])('is true for kind %s', kind => {
    expect(isAgentContextAvailable(entityOfKind(kind))).toBe(true);
  });

  it.each(['Location', 'Template', 'AiResource'])(
    'is false for kind %s',
    kind => {
      expect(isAgentContextAvailable(entityOfKind(kind))).toBe(false);
    },
  );
});
