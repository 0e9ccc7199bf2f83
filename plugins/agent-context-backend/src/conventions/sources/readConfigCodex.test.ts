import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readConfigCodex, readConventionAdmins } from './readConfigCodex';

const configWith = (conventions: JsonObject) =>
  new ConfigReader({ agentContext: { conventions } });

const secrets = {
  id: 'SEC-001',
  category: 'boundary',
  title: 'Never commit secrets',
  body: 'Use the vault; see the handbook.',
  enforced: true,
};
const tests = {
  id: 'TEST-001',
  category: 'rule',
  title: 'Every bug fix comes with a test',
  severity: 'must',
  appliesTo: { kind: 'component' },
};

describe('readConfigCodex', () => {
  it('reads the org codex as read-only global conventions', () => {
    expect(readConfigCodex(configWith({ global: [secrets, tests] }))).toEqual([
      {
        id: 'SEC-001',
        scope: 'global',
        source: 'config',
        action: 'define',
        category: 'boundary',
        title: 'Never commit secrets',
        body: 'Use the vault; see the handbook.',
        enforced: true,
        location: 'agentContext.conventions.global',
        revision: 0,
      },
      {
        id: 'TEST-001',
        scope: 'global',
        source: 'config',
        action: 'define',
        category: 'rule',
        title: 'Every bug fix comes with a test',
        body: '',
        severity: 'must',
        appliesTo: { kind: 'component' },
        enforced: false,
        location: 'agentContext.conventions.global',
        revision: 0,
      },
    ]);
  });

  it('is empty without a codex', () => {
    expect(readConfigCodex(new ConfigReader({}))).toEqual([]);
  });

  it('names every bad entry by its config path and id in one error', () => {
    const read = () =>
      readConfigCodex(
        configWith({
          global: [
            secrets,
            { ...tests, severity: 'critical' },
            { id: 'OBS-001', category: 'rule', severity: 'must' },
            { ...tests, id: 'not an id' },
            { id: 'API-001', category: 'checklist', title: 'Versioned APIs' },
            { ...tests, id: 'TEST-002', appliesTo: { $nope: 1 } },
            { ...tests, id: 'TEST-003', colour: 'blue' },
            'SEC-002',
          ],
        }),
      );
    expect(read).toThrow(
      [
        'Invalid org codex in app-config:',
        '  - agentContext.conventions.global[1] (TEST-001): severity "critical" is not one of must, should, may',
        '  - agentContext.conventions.global[2] (OBS-001): title is required',
        '  - agentContext.conventions.global[3] (not an id): id "not an id" must be letters, digits and single dashes, e.g. SEC-004',
        '  - agentContext.conventions.global[4] (API-001): category "checklist" is not one of rule, command, boundary',
      ].join('\n'),
    );
    expect(read).toThrow(
      /agentContext\.conventions\.global\[5\] \(TEST-002\): appliesTo is not a valid filter predicate/,
    );
    expect(read).toThrow(
      /agentContext\.conventions\.global\[6\] \(TEST-003\): colour is not a convention field/,
    );
    expect(read).toThrow(
      'agentContext.conventions.global[7]: must be a convention: an object with id, category, title...',
    );
  });

  it('refuses an id used twice, naming both entries', () => {
    expect(() =>
      readConfigCodex(
        configWith({
          global: [secrets, tests, { ...secrets, title: 'Again' }],
        }),
      ),
    ).toThrow(
      'agentContext.conventions.global[2] (SEC-001): id is already used by agentContext.conventions.global[0]',
    );
  });

  it('refuses waivers, since nothing is above the org codex', () => {
    expect(() =>
      readConfigCodex(
        configWith({
          global: [{ id: 'SEC-001', action: 'waive', reason: 'Not here' }],
        }),
      ),
    ).toThrow(
      'agentContext.conventions.global[0] (SEC-001): action "waive" is not allowed here: there is no broader scope to waive a convention of',
    );
  });

  it('refuses a codex that is not a list', () => {
    expect(() => readConfigCodex(configWith({ global: secrets }))).toThrow(
      'agentContext.conventions.global must be a list of conventions',
    );
  });
});

describe('readConventionAdmins', () => {
  it('reads group and user refs in full lower-case form', () => {
    expect(
      readConventionAdmins(
        configWith({
          admins: [
            'group:default/Platform-Team',
            'user:default/hannah-lindqvist',
            'group:platform-team',
          ],
        }),
      ),
    ).toEqual(['group:default/platform-team', 'user:default/hannah-lindqvist']);
  });

  it('is empty when no admins are configured', () => {
    expect(readConventionAdmins(new ConfigReader({}))).toEqual([]);
  });

  it('names each bad ref by its config path', () => {
    const read = () =>
      readConventionAdmins(
        configWith({
          admins: [
            'group:default/platform-team',
            'platform-team',
            'component:x',
          ],
        }),
      );
    expect(read).toThrow(
      /agentContext\.conventions\.admins\[1\]: Entity reference "platform-team" had missing or empty kind/,
    );
    expect(read).toThrow(
      /agentContext\.conventions\.admins\[2\]: "component:x" is a component, not a group or user/,
    );
  });
});
