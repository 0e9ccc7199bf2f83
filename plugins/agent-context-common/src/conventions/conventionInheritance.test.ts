import { Convention, ConventionScopeLevel } from '../types';
import {
  ConventionLayer,
  findInherited,
  inheritanceProblem,
} from './conventionInheritance';

const GLOBAL: ConventionScopeLevel = { scope: 'global', level: 'global' };
const SYSTEM: ConventionScopeLevel = {
  scope: 'system:default/checkout',
  level: 'system',
};

function entry(
  id: string,
  level: ConventionScopeLevel,
  more: Partial<Convention> = {},
): Convention {
  return {
    id,
    scope: level.scope,
    source: 'database',
    action: 'define',
    category: 'rule',
    severity: 'should',
    title: id,
    body: '',
    enforced: false,
    revision: 1,
    ...more,
  };
}

const layer = (
  level: ConventionScopeLevel,
  conventions: Convention[],
): ConventionLayer => ({ level, conventions });

describe('findInherited', () => {
  it('returns the entry in effect after the broader layers', () => {
    const layers = [
      layer(GLOBAL, [entry('OBS-002', GLOBAL)]),
      layer(SYSTEM, [entry('OBS-002', SYSTEM)]),
    ];
    expect(findInherited(layers, 'OBS-002')).toEqual({
      ...entry('OBS-002', SYSTEM),
      overrides: [{ scope: 'global', source: 'database' }],
    });
  });

  it('returns undefined for an id nobody defined, or one waived above', () => {
    const layers = [
      layer(GLOBAL, [entry('OBS-002', GLOBAL)]),
      layer(SYSTEM, [
        entry('OBS-002', SYSTEM, { action: 'waive', reason: 'batch jobs' }),
      ]),
    ];
    expect(findInherited(layers, 'SEC-004')).toBeUndefined();
    expect(findInherited(layers, 'OBS-002')).toBeUndefined();
  });

  it('counts an entry whatever its appliesTo', () => {
    const layers = [
      layer(GLOBAL, [entry('API-003', GLOBAL, { appliesTo: { kind: 'API' } })]),
    ];
    expect(findInherited(layers, 'API-003')?.scope).toBe('global');
  });
});

describe('findInherited with a source order', () => {
  it("takes the winner at a scope by the backend's order of sources", () => {
    const layers = [
      layer(GLOBAL, [
        entry('SEC-001', GLOBAL, { source: 'database' }),
        entry('SEC-001', GLOBAL, { source: 'handbook', enforced: true }),
      ]),
    ];
    expect(findInherited(layers, 'SEC-001')?.source).toBe('database');
    expect(
      findInherited(layers, 'SEC-001', {
        sourcePrecedence: ['handbook', 'database'],
      })?.source,
    ).toBe('handbook');
    expect(
      inheritanceProblem(
        layers,
        { id: 'SEC-001' },
        { sourcePrecedence: ['handbook', 'database'] },
      ),
    ).toBe('SEC-001 is enforced at global and cannot be overridden');
    expect(inheritanceProblem(layers, { id: 'SEC-001' })).toBeUndefined();
  });
});

describe('inheritanceProblem', () => {
  const layers = [
    layer(GLOBAL, [
      entry('SEC-004', GLOBAL, { enforced: true }),
      entry('OBS-002', GLOBAL),
    ]),
    layer(SYSTEM, [entry('PAY-002', SYSTEM, { enforced: true })]),
  ];

  it.each<{
    name: string;
    write: { id: string; action?: 'define' | 'waive' };
    problem?: string;
  }>([
    { name: 'a new id', write: { id: 'STY-002' } },
    { name: 'an override of a plain convention', write: { id: 'OBS-002' } },
    {
      name: 'a waiver of a plain convention',
      write: { id: 'OBS-002', action: 'waive' },
    },
    {
      name: 'an override of an enforced convention',
      write: { id: 'SEC-004', action: 'define' },
      problem: 'SEC-004 is enforced at global and cannot be overridden',
    },
    {
      name: 'an override of one enforced at a middle scope',
      write: { id: 'PAY-002' },
      problem:
        'PAY-002 is enforced at system:default/checkout and cannot be overridden',
    },
    {
      name: 'a waiver of an enforced convention',
      write: { id: 'SEC-004', action: 'waive' },
      problem: 'SEC-004 is enforced at global and cannot be waived',
    },
    {
      name: 'a waiver with nothing to waive',
      write: { id: 'STY-002', action: 'waive' },
      problem:
        'STY-002 is not in effect at any broader scope, so there is nothing to waive',
    },
  ])('judges $name', ({ write, problem }) => {
    expect(inheritanceProblem(layers, write)).toBe(problem);
  });

  it('refuses any waiver at the broadest scope, which inherits nothing', () => {
    expect(inheritanceProblem([], { id: 'SEC-004', action: 'waive' })).toBe(
      'SEC-004 is not in effect at any broader scope, so there is nothing to waive',
    );
  });
});
