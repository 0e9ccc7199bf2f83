import { mockCredentials } from '@backstage/backend-test-utils';
import { principalOf } from './principalOf';

describe('principalOf', () => {
  it('names a user by entity ref and a service by its subject', () => {
    expect(principalOf(mockCredentials.user('user:default/ada'))).toBe(
      'user:default/ada',
    );
    expect(principalOf(mockCredentials.service('external:ci-bot'))).toBe(
      'service:external:ci-bot',
    );
    expect(principalOf(mockCredentials.none())).toBeUndefined();
  });
});
