import { ConfigReader } from '@backstage/config';
import { readOtlpOptions } from './readOtlpOptions';

describe('readOtlpOptions', () => {
  it('has defaults, and takes configured values', () => {
    expect(readOtlpOptions(new ConfigReader({}))).toEqual({
      maxBodyBytes: 5242880,
      seriesRetentionDays: 30,
    });
    expect(
      readOtlpOptions(
        new ConfigReader({
          agentContext: {
            adoption: { otlp: { maxBodyBytes: 1000, seriesRetentionDays: 7 } },
          },
        }),
      ),
    ).toEqual({ maxBodyBytes: 1000, seriesRetentionDays: 7 });
  });

  it('names a key whose value is not a positive whole number', () => {
    expect(() =>
      readOtlpOptions(
        new ConfigReader({
          agentContext: { adoption: { otlp: { seriesRetentionDays: 0.5 } } },
        }),
      ),
    ).toThrow(
      'Invalid configuration: agentContext.adoption.otlp.seriesRetentionDays must be a positive whole number, got 0.5',
    );
  });
});
