import { Entity } from '@backstage/catalog-model';
import {
  isAgentContextAvailable,
  isAgentReadinessScored,
} from './isAgentContextAvailable';

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

describe('isAgentReadinessScored', () => {
  it('is true for the kinds agents change and their systems, in any case', () => {
    for (const kind of ['Component', 'API', 'resource', 'System']) {
      expect(isAgentReadinessScored(entityOfKind(kind))).toBe(true);
    }
  });

  it('is false for teams, people, domains and other kinds', () => {
    for (const kind of ['Group', 'User', 'Domain', 'Location']) {
      expect(isAgentReadinessScored(entityOfKind(kind))).toBe(false);
    }
  });
});
