import { ConfigReader } from '@backstage/config';
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
});
