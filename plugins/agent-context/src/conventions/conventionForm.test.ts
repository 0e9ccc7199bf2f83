import { Convention } from '@agent-context/plugin-agent-context-common';
import { conventionInputOf, formValuesOf } from './conventionForm';

const stored: Convention = {
  id: 'SEC-004',
  scope: 'global',
  source: 'database',
  action: 'define',
  category: 'rule',
  title: 'No secrets in code',
  body: 'Use the vault.',
  severity: 'must',
  appliesTo: { kind: 'component', 'metadata.tags': { $contains: 'pci' } },
  enforced: true,
  revision: 3,
};

describe('formValuesOf', () => {
  it('starts a new convention as a rule of severity should', () => {
    const values = formValuesOf();
    expect(values).toMatchObject({
      id: '',
      category: 'rule',
      severity: 'should',
      enforced: false,
      advancedFilter: false,
    });
  });

  it('fills the simple filter fields from a filter they can express', () => {
    const values = formValuesOf(stored);
    expect(values.advancedFilter).toBe(false);
    expect(values.filter).toEqual({
      kind: 'component',
      type: '',
      lifecycle: '',
      tags: 'pci',
    });
  });

  it('opens any other filter as JSON', () => {
    const appliesTo = { $not: { 'spec.lifecycle': 'experimental' } };
    const values = formValuesOf({ ...stored, appliesTo });
    expect(values.advancedFilter).toBe(true);
    expect(JSON.parse(values.filterJson)).toEqual(appliesTo);
  });
});

describe('conventionInputOf', () => {
  it('gives back the stored convention unchanged', () => {
    const { input, problems } = conventionInputOf(formValuesOf(stored));
    expect(problems).toEqual([]);
    expect(input).toEqual({
      id: 'SEC-004',
      category: 'rule',
      title: 'No secrets in code',
      body: 'Use the vault.',
      severity: 'must',
      appliesTo: stored.appliesTo,
      enforced: true,
    });
  });

  it('reports the problems the backend would, by field', () => {
    const { problems } = conventionInputOf({
      ...formValuesOf(),
      id: 'not an id',
      title: ' ',
      severity: '',
    });
    expect(problems.map(problem => problem.field).sort()).toEqual([
      'id',
      'severity',
      'title',
    ]);
  });

  it('drops a severity left over from before the category became command', () => {
    const { input, problems } = conventionInputOf({
      ...formValuesOf(stored),
      category: 'command',
    });
    expect(input.severity).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('reports JSON that does not parse as a problem of the filter', () => {
    const { problems } = conventionInputOf({
      ...formValuesOf(stored),
      advancedFilter: true,
      filterJson: '{ kind: ',
    });
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'appliesTo',
        message: expect.stringMatching(/^is not valid JSON/),
      }),
    ]);
  });

  it('reports JSON that is not a filter predicate', () => {
    const { problems } = conventionInputOf({
      ...formValuesOf(stored),
      advancedFilter: true,
      filterJson: '["component"]',
    });
    expect(problems.map(problem => problem.field)).toEqual(['appliesTo']);
  });

  it('keeps the reason of an override', () => {
    const { input } = conventionInputOf({
      ...formValuesOf(stored),
      reason: ' Card data is tokenised here ',
    });
    expect(input.reason).toBe('Card data is tokenised here');
  });
});
