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
  it.each(['Component', 'API', 'Resource', 'System', 'component'])(
    'is true for kind %s',
    kind => {
      expect(isAgentContextAvailable(entityOfKind(kind))).toBe(true);
    },
  );

  it.each(['Group', 'User', 'Domain', 'Location', 'Template'])(
    'is false for kind %s',
    kind => {
      expect(isAgentContextAvailable(entityOfKind(kind))).toBe(false);
    },
  );
});
