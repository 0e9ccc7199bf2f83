import { isForbidden } from './isForbidden';

describe('isForbidden', () => {
  it('recognises a 403 response and a NotAllowedError', () => {
    expect(
      isForbidden(Object.assign(new Error('no'), { statusCode: 403 })),
    ).toBe(true);
    expect(
      isForbidden(Object.assign(new Error('no'), { name: 'NotAllowedError' })),
    ).toBe(true);
  });

  it('is false for other failures and for none', () => {
    expect(
      isForbidden(Object.assign(new Error('down'), { statusCode: 503 })),
    ).toBe(false);
    expect(isForbidden(new Error('network'))).toBe(false);
    expect(isForbidden(undefined)).toBe(false);
  });
});
