import { mockServices } from '@backstage/backend-test-utils';
import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { Pseudonymizer } from './Pseudonymizer';

const KEY = 'a-development-key-of-at-least-32-characters';

describe('Pseudonymizer', () => {
  const pseudonyms = Pseudonymizer.create({ key: KEY });

  it('is an HMAC-SHA256 of the lower-cased e-mail, 32 hex characters', () => {
    const key = pseudonyms.userKey('cursor', { email: ' Ada@Example.COM ' });

    expect(key).toBe(
      createHmac('sha256', KEY)
        .update('email\nada@example.com')
        .digest('hex')
        .slice(0, 32),
    );
  });

  it('gives one person one key across tools that report the e-mail, whatever else they send', () => {
    const keys = new Set([
      pseudonyms.userKey('cursor', { email: 'ada@example.com' }),
      pseudonyms.userKey('claude-code', {
        email: 'ADA@example.com',
        id: 'account-7',
      }),
      pseudonyms.userKey('copilot', { email: 'ada@example.com', id: 'ada' }),
    ]);

    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keys an id by its source, so two tools’ equal ids are two users', () => {
    const copilot = pseudonyms.userKey('copilot', { id: '42' });
    const cursor = pseudonyms.userKey('cursor', { id: '42' });

    expect(copilot).toMatch(/^[0-9a-f]{32}$/);
    expect(copilot).not.toBe(cursor);
    expect(pseudonyms.userKey('copilot', { id: '42' })).toBe(copilot);
    // An id is never mistaken for an e-mail that reads the same.
    expect(pseudonyms.userKey('copilot', { id: 'ada@example.com' })).not.toBe(
      pseudonyms.userKey('copilot', { email: 'ada@example.com' }),
    );
  });

  it('gives no key for a row without a user', () => {
    expect(pseudonyms.userKey('cursor', undefined)).toBeUndefined();
    expect(pseudonyms.userKey('cursor', {})).toBeUndefined();
  });

  it('gives other keys under another installation’s key', () => {
    const other = Pseudonymizer.create({ key: `${KEY}-elsewhere` });

    expect(other.userKey('cursor', { email: 'ada@example.com' })).not.toBe(
      pseudonyms.userKey('cursor', { email: 'ada@example.com' }),
    );
  });

  it('keeps the key out of what it shows of itself', () => {
    expect(JSON.stringify(pseudonyms)).not.toContain(KEY);
    expect(inspect(pseudonyms)).not.toContain(KEY);
  });

  describe('fromConfig', () => {
    it('reads the configured key', () => {
      const config = mockServices.rootConfig({
        data: {
          agentContext: { adoption: { privacy: { pseudonymKey: KEY } } },
        },
      });

      expect(
        Pseudonymizer.fromConfig(config).userKey('cursor', { id: '1' }),
      ).toBe(pseudonyms.userKey('cursor', { id: '1' }));
    });

    it('refuses to start without a key, naming the setting', () => {
      const config = mockServices.rootConfig({
        data: { agentContext: { adoption: {} } },
      });

      expect(() => Pseudonymizer.fromConfig(config)).toThrow(
        /^agentContext\.adoption\.privacy\.pseudonymKey is required once agentContext\.adoption is configured/,
      );
    });

    it('refuses the published development key in production', () => {
      const config = mockServices.rootConfig({
        data: {
          agentContext: {
            adoption: {
              privacy: {
                pseudonymKey: 'local-development-only-pseudonym-key-not-secret',
              },
            },
          },
        },
      });

      expect(() => Pseudonymizer.fromConfig(config, 'production')).toThrow(
        /is the published development key/,
      );
      expect(
        Pseudonymizer.fromConfig(config, 'development').userKey('cursor', {
          id: '1',
        }),
      ).toHaveLength(32);
    });

    it('refuses a short key, naming the setting', () => {
      const config = mockServices.rootConfig({
        data: {
          agentContext: { adoption: { privacy: { pseudonymKey: 'secret' } } },
        },
      });

      expect(() => Pseudonymizer.fromConfig(config)).toThrow(
        'agentContext.adoption.privacy.pseudonymKey is too short (6 characters): use a random secret of at least 32 characters',
      );
    });
  });
});
