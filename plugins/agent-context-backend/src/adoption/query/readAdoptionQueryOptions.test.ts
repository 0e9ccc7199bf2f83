import { ConfigReader } from '@backstage/config';
import { readAdoptionQueryOptions } from './readAdoptionQueryOptions';

const config = (minimumGroupSize?: number) =>
  new ConfigReader({
    agentContext: { adoption: { privacy: { minimumGroupSize } } },
  });

describe('readAdoptionQueryOptions', () => {
  it('defaults the minimum group size to 5', () => {
    expect(readAdoptionQueryOptions(new ConfigReader({}))).toEqual({
      minimumGroupSize: 5,
    });
    expect(readAdoptionQueryOptions(config(10)).minimumGroupSize).toBe(10);
  });

  it.each([0, 2.5, -3])('refuses %p, naming the key', value => {
    expect(() => readAdoptionQueryOptions(config(value))).toThrow(
      `Invalid agentContext.adoption.privacy.minimumGroupSize '${value}'`,
    );
  });
});
