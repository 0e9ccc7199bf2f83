import { mockCredentials } from '@backstage/backend-test-utils';
import { callerKeyOf } from './callerKey';

describe('callerKeyOf', () => {
  it('is 32 hex digits that do not name the caller', () => {
    const key = callerKeyOf(mockCredentials.user('user:default/alice'));
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is the same for the same user, and differs between users', () => {
    expect(callerKeyOf(mockCredentials.user('user:default/alice'))).toBe(
      callerKeyOf(mockCredentials.user('user:default/alice')),
    );
    expect(callerKeyOf(mockCredentials.user('user:default/alice'))).not.toBe(
      callerKeyOf(mockCredentials.user('user:default/bob')),
    );
  });

  it('tells services apart by their access restrictions, in any key order', () => {
    const key = (restrictions?: object) =>
      callerKeyOf(mockCredentials.service('external:agents', restrictions));

    expect(key({ permissionNames: ['catalog.entity.read'] })).not.toBe(key());
    expect(
      key({
        permissionNames: ['catalog.entity.read'],
        permissionAttributes: { action: ['read'] },
      }),
    ).toBe(
      key({
        permissionAttributes: { action: ['read'] },
        permissionNames: ['catalog.entity.read'],
      }),
    );
    expect(callerKeyOf(mockCredentials.service('external:ci'))).not.toBe(key());
  });

  it('gives every unauthenticated caller one key, apart from users and services', () => {
    const none = callerKeyOf(mockCredentials.none());
    expect(callerKeyOf(mockCredentials.none())).toBe(none);
    expect(none).not.toBe(
      callerKeyOf(mockCredentials.user('user:default/none')),
    );
    expect(none).not.toBe(callerKeyOf(mockCredentials.service('none')));
  });
});
