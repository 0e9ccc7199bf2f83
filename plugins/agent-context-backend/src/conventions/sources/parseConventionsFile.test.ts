import { parseConventionsFile } from './parseConventionsFile';

const origin = {
  scope: 'group:default/checkout-team',
  location: 'file:/catalog/conventions/checkout-team.yaml',
};

describe('parseConventionsFile', () => {
  it('reads definitions and waivers as repository conventions', () => {
    const conventions = parseConventionsFile(
      `conventions:
  - id: OBS-001
    category: rule
    title: Structured logs
    severity: must
    enforced: true
    appliesTo: { spec.type: service }
  - id: API-002
    action: waive
    reason: Internal APIs only.
`,
      origin,
    );
    expect(conventions).toEqual([
      expect.objectContaining({
        id: 'OBS-001',
        scope: 'group:default/checkout-team',
        source: 'repository',
        severity: 'must',
        enforced: true,
        appliesTo: { 'spec.type': 'service' },
        location: 'file:/catalog/conventions/checkout-team.yaml',
      }),
      expect.objectContaining({
        id: 'API-002',
        action: 'waive',
        reason: 'Internal APIs only.',
      }),
    ]);
  });

  it('accepts an empty list', () => {
    expect(parseConventionsFile('conventions: []', origin)).toEqual([]);
  });

  it('names every problem of the file at once', () => {
    expect(() =>
      parseConventionsFile(
        `rules: []
conventions:
  - id: OBS-001
    category: rule
    title: Structured logs
  - id: OBS-001
    category: command
    title: Run
`,
        origin,
      ),
    ).toThrow(
      'Invalid conventions file: rules is not a conventions file field; conventions[0] (OBS-001): severity is required for rules (must, should, may); conventions[1] (OBS-001): id is already used by conventions[0]',
    );
  });

  it('refuses files that are not a conventions object', () => {
    expect(() => parseConventionsFile('', origin)).toThrow(
      'Invalid conventions file: expected a YAML object with a conventions list',
    );
    expect(() => parseConventionsFile('conventions: yes', origin)).toThrow(
      'Invalid conventions file: conventions must be a list of conventions',
    );
    expect(() => parseConventionsFile('conventions: [', origin)).toThrow(
      /^Invalid conventions file: it is not valid YAML/,
    );
  });
});
