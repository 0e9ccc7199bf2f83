import { readConventionEntries } from './readConventionEntries';

const origin = {
  scope: 'system:default/checkout',
  source: 'handbook',
  location: 'handbook/checkout.yaml',
};

function read(
  entries: unknown,
  options: { allowWaivers?: boolean; quoteInput?: boolean } = {},
) {
  return readConventionEntries(entries, {
    origin,
    label: index => `conventions[${index}]`,
    listName: 'conventions',
    allowWaivers: options.allowWaivers ?? true,
    quoteInput: options.quoteInput,
  });
}

describe('readConventionEntries', () => {
  it('turns valid entries into read-only conventions of the source, at its scope', () => {
    expect(
      read([
        {
          id: 'OBS-002',
          category: 'rule',
          title: 'Trace every outbound call',
          severity: 'should',
        },
        {
          id: 'SEC-003',
          action: 'waive',
          reason: 'Vetted by the payments build',
        },
      ]),
    ).toEqual({
      conventions: [
        {
          id: 'OBS-002',
          scope: 'system:default/checkout',
          source: 'handbook',
          action: 'define',
          category: 'rule',
          title: 'Trace every outbound call',
          body: '',
          severity: 'should',
          enforced: false,
          location: 'handbook/checkout.yaml',
          revision: 0,
        },
        {
          id: 'SEC-003',
          scope: 'system:default/checkout',
          source: 'handbook',
          action: 'waive',
          category: 'rule',
          title: 'Waiver of SEC-003',
          body: '',
          enforced: false,
          reason: 'Vetted by the payments build',
          location: 'handbook/checkout.yaml',
          revision: 0,
        },
      ],
      problems: [],
    });
  });

  it('names every bad entry at once, and keeps the good ones', () => {
    const { conventions, problems } = read([
      {
        id: 'OBS-002',
        category: 'rule',
        title: 'Trace calls',
        severity: 'urgent',
      },
      { id: 'OBS-003', category: 'rule', title: 'Log ids', severity: 'must' },
      { id: 'OBS-003', category: 'command', title: 'Again' },
      'OBS-004',
    ]);
    expect(conventions.map(c => c.id)).toEqual(['OBS-003']);
    expect(problems).toEqual([
      'conventions[0] (OBS-002): severity "urgent" is not one of must, should, may',
      'conventions[2] (OBS-003): id is already used by conventions[1]',
      'conventions[3]: must be a convention: an object with id, category, title...',
    ]);
  });

  it('refuses waivers where nothing is above', () => {
    expect(
      read([{ id: 'SEC-003', action: 'waive', reason: 'No' }], {
        allowWaivers: false,
      }).problems,
    ).toEqual([
      'conventions[0] (SEC-003): action "waive" is not allowed here: there is no broader scope to waive a convention of',
    ]);
  });

  it('quotes nothing of the entries when asked not to', () => {
    expect(
      read(
        [{ id: 'OBS-002', category: 'rule', title: 'T', severity: 'urgent' }],
        {
          quoteInput: false,
        },
      ).problems,
    ).toEqual(['conventions[0]: severity is not one of must, should, may']);
  });

  it('says when the list is not a list', () => {
    expect(read({ id: 'OBS-002' })).toEqual({
      conventions: [],
      problems: ['conventions must be a list of conventions'],
    });
  });
});
