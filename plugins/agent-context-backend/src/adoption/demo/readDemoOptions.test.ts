import { ConfigReader } from '@backstage/config';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readDemoOptions } from './readDemoOptions';

const config = (adoption: object) =>
  new ConfigReader({ agentContext: { adoption } });

describe('readDemoOptions', () => {
  it('is off unless enabled', () => {
    expect(readDemoOptions(config({}), 'development')).toEqual({
      enabled: false,
    });
    expect(
      readDemoOptions(config({ demo: { enabled: false } }), 'production'),
    ).toEqual({ enabled: false });
  });

  it('is on when enabled and the rows are kept long enough', () => {
    expect(
      readDemoOptions(
        config({ demo: { enabled: true }, retention: { rowsDays: 90 } }),
        'development',
      ),
    ).toEqual({ enabled: true });
  });

  it('refuses a production backend, naming the key', () => {
    expect(() =>
      readDemoOptions(
        config({ demo: { enabled: true }, retention: { rowsDays: 90 } }),
        'production',
      ),
    ).toThrow(
      'agentContext.adoption.demo.enabled is true in a production backend (NODE_ENV=production)',
    );
  });

  it('refuses rows kept for fewer days than the demo writes', () => {
    expect(() =>
      readDemoOptions(config({ demo: { enabled: true } }), 'development'),
    ).toThrow(
      'agentContext.adoption.demo.enabled needs agentContext.adoption.retention.rowsDays of at least 89 (it is 35)',
    );
  });

  it('is on in the shipped app-config.yaml and off once app-config.production.yaml applies', () => {
    const read = (name: string) =>
      parseYaml(
        readFileSync(resolvePath(__dirname, '../../../../..', name), 'utf8'),
      );
    const local = read('app-config.yaml');
    // Later files win, as in `--config app-config.yaml --config app-config.production.yaml`.
    const production = ConfigReader.fromConfigs([
      { context: 'app-config.yaml', data: local },
      {
        context: 'app-config.production.yaml',
        data: read('app-config.production.yaml'),
      },
    ]);

    expect(readDemoOptions(new ConfigReader(local), 'development')).toEqual({
      enabled: true,
    });
    expect(readDemoOptions(production, 'production')).toEqual({
      enabled: false,
    });
  });
});
