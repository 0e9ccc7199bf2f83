import { parseConventionIdParam } from './parseConventionIdParam';

describe('parseConventionIdParam', () => {
  it('passes an id a convention can have', () => {
    expect(parseConventionIdParam('SEC-004', 'convention id')).toBe('SEC-004');
    expect(parseConventionIdParam('A'.repeat(64), 'convention id')).toBe(
      'A'.repeat(64),
    );
  });

  it.each([
    ['', "Invalid conventionId ''"],
    ['A'.repeat(65), `Invalid conventionId '${'A'.repeat(65)}'`],
    ['A\u0000B', "Invalid conventionId 'A\u0000B'"],
    ["' OR 1=1 --", "Invalid conventionId '' OR 1=1 --'"],
    ['SEC-4\u{e0041}', 'Invalid conventionId'],
    ['SEC--4', "Invalid conventionId 'SEC--4': expected at most 64 letters"],
  ])('refuses %j, naming the field and the text', (raw, message) => {
    expect(() => parseConventionIdParam(raw, 'conventionId')).toThrow(message);
  });
});
