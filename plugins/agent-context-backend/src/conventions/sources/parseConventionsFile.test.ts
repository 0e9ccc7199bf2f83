import {
  InvalidConventionsFileError,
  parseConventionsFile,
} from './parseConventionsFile';

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

  /** What parsing the file throws. */
  const errorOf = (content: string) => {
    try {
      parseConventionsFile(content, origin);
    } catch (error) {
      if (error instanceof InvalidConventionsFileError) {
        return error;
      }
      throw error;
    }
    throw new Error('The file was accepted');
  };

  it('names every problem of the file at once, quoting it only in the details', () => {
    const error = errorOf(`rules: []
conventions:
  - id: OBS-001
    category: rule
    title: Structured logs
  - id: OBS-001
    category: command
    title: Run
`);
    expect(error.name).toBe('InputError');
    expect(error.message).toBe(
      'Invalid conventions file: conventions is the only top-level field, and the file has 1 other; conventions[0]: severity is required for rules (must, should, may); conventions[1]: id is already used by conventions[0]',
    );
    expect(error.details).toBe(
      'Invalid conventions file: rules is not a conventions file field; conventions[0] (OBS-001): severity is required for rules (must, should, may); conventions[1] (OBS-001): id is already used by conventions[0]',
    );
  });

  describe('the message readers see', () => {
    const secret = 'ghp_Z3cr3tT0k3nZ3cr3tT0k3nZ3cr3tT0k3n12';

    it('holds no key, value or line of the file', () => {
      const error = errorOf(`aws_secret_access_key: ${secret}
conventions:
  - id: ${secret}
    category: ${secret}
    title: Leak
    severity: ${secret}
    appliesTo: { $${secret}: ${secret} }
    database_password: ${secret}
  - id: OK-1
    action: ${secret}
  - ${secret}
`);
      expect(error.message).toBe(
        'Invalid conventions file: conventions is the only top-level field, and the file has 1 other; ' +
          'conventions[0]: fields include 1 that is not a convention field; id must be letters, digits and single dashes, e.g. SEC-004; category is not one of rule, command, boundary; severity is not one of must, should, may; appliesTo is not a valid filter predicate; ' +
          'conventions[1]: action is not one of define, waive; ' +
          'conventions[2]: must be a convention: an object with id, category, title...',
      );
      for (const leak of [
        secret,
        'ghp_',
        'aws_secret_access_key',
        'database_password',
        'OK-1',
      ]) {
        expect(error.message).not.toContain(leak);
      }
      // The log may say what the file holds.
      expect(error.details).toContain('database_password');
      expect(error.details).toContain(secret);
    });

    it('places a YAML syntax error by line and column, without the excerpt', () => {
      const error = errorOf(`conventions:
  - id: OBS-001
    title: "${secret}
`);
      expect(error.message).toMatch(
        /^Invalid conventions file: it is not valid YAML \([A-Z_]+ at line \d+, column \d+\)$/,
      );
      expect(error.details).toContain(secret);
    });
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
