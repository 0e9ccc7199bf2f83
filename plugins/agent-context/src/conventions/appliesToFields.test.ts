import {
  EMPTY_APPLIES_TO_FIELDS,
  JsonObject,
  appliesToFromFields,
  fieldsFromAppliesTo,
} from './appliesToFields';

describe('appliesToFromFields', () => {
  it('is undefined when every field is empty', () => {
    expect(appliesToFromFields(EMPTY_APPLIES_TO_FIELDS)).toBeUndefined();
    expect(
      appliesToFromFields({ ...EMPTY_APPLIES_TO_FIELDS, kind: ' , ' }),
    ).toBeUndefined();
  });

  it('matches single values by equality and tags by $contains', () => {
    expect(
      appliesToFromFields({
        kind: 'component',
        type: 'service',
        lifecycle: '',
        tags: 'pci',
      }),
    ).toEqual({
      kind: 'component',
      'spec.type': 'service',
      'metadata.tags': { $contains: 'pci' },
    });
  });

  it('matches lists with $in, trimmed and without repeats', () => {
    expect(
      appliesToFromFields({
        kind: '',
        type: 'service, website,service',
        lifecycle: 'production',
        tags: 'pci, pii',
      }),
    ).toEqual({
      'spec.type': { $in: ['service', 'website'] },
      'spec.lifecycle': 'production',
      'metadata.tags': { $contains: { $in: ['pci', 'pii'] } },
    });
  });
});

describe('fieldsFromAppliesTo', () => {
  it('gives empty fields for no filter', () => {
    expect(fieldsFromAppliesTo(undefined)).toEqual(EMPTY_APPLIES_TO_FIELDS);
  });

  it('round-trips what the fields compose', () => {
    const fields = {
      kind: 'component',
      type: 'service, website',
      lifecycle: 'production',
      tags: 'pci, pii',
    };
    expect(fieldsFromAppliesTo(appliesToFromFields(fields))).toEqual(fields);
  });

  it('reads a filter written elsewhere in the same shapes', () => {
    expect(
      fieldsFromAppliesTo({
        kind: 'component',
        'metadata.tags': { $contains: 'pci' },
      }),
    ).toEqual({ ...EMPTY_APPLIES_TO_FIELDS, kind: 'component', tags: 'pci' });
  });

  it.each<[string, JsonObject]>([
    ['another path', { 'metadata.name': 'checkout' }],
    ['a logical operator', { $any: [{ kind: 'api' }, { kind: 'component' }] }],
    ['a value operator', { 'spec.type': { $exists: true } }],
    ['a non-string value', { 'spec.type': 7 }],
    ['a value holding a comma', { 'spec.type': 'a,b' }],
    ['tags compared by equality', { 'metadata.tags': 'pci' }],
  ])('leaves %s to the JSON editor', (_, predicate) => {
    expect(fieldsFromAppliesTo(predicate)).toBeUndefined();
  });
});
