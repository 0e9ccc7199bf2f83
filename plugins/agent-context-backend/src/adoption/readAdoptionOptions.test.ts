import { ConfigReader } from '@backstage/config';
import { readAdoptionOptions } from './readAdoptionOptions';

function withRetention(retention: object) {
  return new ConfigReader({ agentContext: { adoption: { retention } } });
}

describe('readAdoptionOptions', () => {
  it('keeps rows 35 days and rollups 730 days by default', () => {
    expect(readAdoptionOptions(new ConfigReader({}))).toEqual({
      retention: { rowsDays: 35, rollupsDays: 730 },
    });
  });

  it('reads the retention from app-config', () => {
    expect(
      readAdoptionOptions(withRetention({ rowsDays: 7, rollupsDays: 90 })),
    ).toEqual({ retention: { rowsDays: 7, rollupsDays: 90 } });
  });

  it.each([
    [{ rowsDays: 0 }, 'Invalid agentContext.adoption.retention.rowsDays 0'],
    [{ rowsDays: 1.5 }, 'Invalid agentContext.adoption.retention.rowsDays 1.5'],
    [
      { rollupsDays: -1 },
      'Invalid agentContext.adoption.retention.rollupsDays -1',
    ],
    [
      { rowsDays: 60, rollupsDays: 30 },
      'Invalid agentContext.adoption.retention.rollupsDays 30: expected at least agentContext.adoption.retention.rowsDays (60)',
    ],
  ])('stops start-up on %j, naming the key', (retention, message) => {
    expect(() => readAdoptionOptions(withRetention(retention))).toThrow(
      message,
    );
  });

  it('names the key of a value that is not a number', () => {
    expect(() =>
      readAdoptionOptions(withRetention({ rowsDays: 'many' })),
    ).toThrow(/agentContext\.adoption\.retention\.rowsDays/);
  });
});
