import { BlastRadius } from '../types';
import { renderBlastRadius } from './renderBlastRadius';
import { FULL_RENDER } from './renderTrims';

const self = { ref: 'component:default/self', kind: 'Component' };

const blastRadius: BlastRadius = {
  maxDepth: 2,
  truncated: true,
  entries: [
    {
      ref: 'component:default/a',
      kind: 'Component',
      resolved: true,
      owner: 'group:default/t',
      depth: 1,
      via: self.ref,
      relation: 'dependsOn',
    },
    {
      ref: 'component:default/b',
      kind: 'Component',
      resolved: false,
      depth: 2,
      via: 'component:default/a',
      relation: 'consumesApi',
    },
  ],
};

describe('renderBlastRadius', () => {
  it('counts, says when the walk was cut short, and lists by depth', () => {
    expect(renderBlastRadius(blastRadius, self, FULL_RENDER)).toEqual([
      '## Blast radius',
      '',
      'A change here can affect 2 entities (depth ≤ 2). The walk stopped at its depth or size bound, so more may be affected.',
      '',
      '### Depth 1',
      '',
      '- `component:default/a`: depends on this component; owner `group:default/t`',
      '',
      '### Depth 2',
      '',
      '- `component:default/b`: consumes an API of `component:default/a`; not in catalog',
    ]);
  });

  it('keeps only the count when the budget says so', () => {
    expect(
      renderBlastRadius(blastRadius, self, {
        ...FULL_RENDER,
        blastRadius: 'count',
      }),
    ).toHaveLength(3);
  });

  it('is empty when nothing is affected and nothing was cut', () => {
    expect(
      renderBlastRadius(
        { entries: [], maxDepth: 3, truncated: false },
        self,
        FULL_RENDER,
      ),
    ).toEqual([]);
  });
});
