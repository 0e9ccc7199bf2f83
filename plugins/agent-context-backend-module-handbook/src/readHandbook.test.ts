import { createMockDirectory } from '@backstage/backend-test-utils';
import { readHandbook } from './readHandbook';

describe('readHandbook', () => {
  const mockDir = createMockDirectory();

  it('reads every YAML file below the directory as conventions at its scope', async () => {
    mockDir.setContent({
      'global.yaml': [
        'scope: global',
        'conventions:',
        '  - id: HB-001',
        '    category: rule',
        '    severity: must',
        '    title: Every service has a runbook',
      ].join('\n'),
      'systems/checkout.yml': [
        'scope: System:default/Checkout',
        'conventions:',
        '  - id: HB-002',
        '    category: command',
        '    title: Load test',
        '    body: "`k6 run load/checkout.js`"',
        '  - id: HB-001',
        '    action: waive',
        '    reason: The checkout runbook lives with the payments one',
      ].join('\n'),
      'README.md': '# Not conventions',
    });
    const conventions = await readHandbook(mockDir.path);
    expect(
      conventions.map(c => [c.id, c.scope, c.action, c.source, c.location]),
    ).toEqual([
      ['HB-001', 'global', 'define', 'handbook', `${mockDir.path}/global.yaml`],
      [
        'HB-002',
        'system:default/checkout',
        'define',
        'handbook',
        `${mockDir.path}/systems/checkout.yml`,
      ],
      [
        'HB-001',
        'system:default/checkout',
        'waive',
        'handbook',
        `${mockDir.path}/systems/checkout.yml`,
      ],
    ]);
    expect(conventions[1]).toMatchObject({
      category: 'command',
      body: '`k6 run load/checkout.js`',
      revision: 0,
    });
  });

  it('names every problem of every file at once', async () => {
    mockDir.setContent({
      'a-broken.yaml': 'scope: global\nconventions: [',
      'b-no-kind.yaml': 'scope: checkout\nconventions: []',
      'c-entries.yaml': [
        'scope: global',
        'conventions:',
        '  - id: HB-003',
        '    category: rule',
        '    title: No severity',
        '  - id: HB-004',
        '    action: waive',
        '    reason: Nothing above global',
      ].join('\n'),
      'd-list.yaml': '- id: HB-005',
    });
    const error: Error = await readHandbook(mockDir.path).then(
      () => new Error('read without complaint'),
      (thrown: Error) => thrown,
    );
    const [heading, yamlProblem, ...others] = error.message.split('\n');
    expect(heading).toBe(`Invalid handbook in ${mockDir.path}:`);
    // The parser's own words, with line and column.
    expect(yamlProblem).toMatch(
      new RegExp(
        `^  - ${mockDir.path}/a-broken\\.yaml: it is not valid YAML \\([A-Z_]+ at line 2, column \\d+\\)$`,
      ),
    );
    expect(others).toEqual([
      `  - ${mockDir.path}/b-no-kind.yaml: scope 'checkout' names no kind; write it as kind:namespace/name`,
      `  - ${mockDir.path}/c-entries.yaml: conventions[0] (HB-003): severity is required for rules (must, should, may)`,
      `  - ${mockDir.path}/c-entries.yaml: conventions[1] (HB-004): action "waive" is not allowed here: there is no broader scope to waive a convention of`,
      `  - ${mockDir.path}/d-list.yaml: must be a mapping with scope and conventions`,
    ]);
  });
});
