import { mockServices } from '@backstage/backend-test-utils';
import { readContextLimits } from './readContextLimits';

describe('readContextLimits', () => {
  it('reads every bound that app-config sets, under its documented key', () => {
    const config = mockServices.rootConfig({
      data: {
        agentContext: {
          ownership: { maxParentDepth: 4, maxMembers: 5 },
          system: { maxParts: 6 },
          relations: { maxEntries: 7 },
          blastRadius: { maxDepth: 2, maxEntries: 8 },
        },
      },
    });
    expect(readContextLimits(config)).toEqual({
      maxParentDepth: 4,
      maxMembers: 5,
      maxSystemParts: 6,
      maxRelated: 7,
      blastRadiusDepth: 2,
      blastRadiusEntries: 8,
    });
  });

  it('leaves unset bounds to their defaults', () => {
    expect(readContextLimits(mockServices.rootConfig())).toEqual({});
  });
});
