import { RootConfigService } from '@backstage/backend-plugin-api';
import { createHmac } from 'node:crypto';

/** Where the key is configured. */
export const PSEUDONYM_KEY_CONFIG =
  'agentContext.adoption.privacy.pseudonymKey';

/**
 * A shorter key would make the hashes of a small set of known e-mails
 * cheap to recompute for anyone who guesses it: 32 characters of a random
 * string carry well over the 128 bits the output keeps.
 */
export const MIN_PSEUDONYM_KEY_LENGTH = 32;

/**
 * Marks the development key published in app-config.yaml, which a
 * production backend must never use.
 */
export const PUBLISHED_KEY_MARKER = 'local-development-only';

/** Hex characters of a user key: 128 bits, far from any collision. */
const USER_KEY_LENGTH = 32;

/**
 * Turns who used a tool into a stable pseudonym: an HMAC-SHA256, keyed by
 * a secret of the installation, of the lower-cased e-mail when there is
 * one, so that a person counts once across every tool that reports them
 * by e-mail, and else of the source and its own user id. Without the key,
 * a pseudonym cannot be traced back, even by someone holding the database
 * and a list of the staff's e-mails. Nothing but the pseudonym leaves
 * here: e-mails and ids are neither stored nor logged.
 */
export class Pseudonymizer {
  /**
   * The pseudonymizer of the configured key. Throws, naming the key, when
   * it is missing or too short: adoption never stores a user without one.
   */
  static fromConfig(
    config: RootConfigService,
    environment: string | undefined = process.env.NODE_ENV,
  ): Pseudonymizer {
    const key = config.getOptionalString(PSEUDONYM_KEY_CONFIG);
    // A production config whose key comes from an unset environment
    // variable falls back to app-config.yaml's published one: refused.
    if (key?.includes(PUBLISHED_KEY_MARKER) && environment === 'production') {
      throw new Error(
        `${PSEUDONYM_KEY_CONFIG} is the published development key, which anyone can use to recompute pseudonyms: ` +
          'set your own secret (app-config.production.yaml reads AGENT_CONTEXT_PSEUDONYM_KEY)',
      );
    }
    if (!key) {
      throw new Error(
        `${PSEUDONYM_KEY_CONFIG} is required once agentContext.adoption is configured: ` +
          `set it to a random secret of at least ${MIN_PSEUDONYM_KEY_LENGTH} characters ` +
          `(e.g. the output of \`openssl rand -hex 32\`), kept as secret as a database password`,
      );
    }
    return Pseudonymizer.create({ key });
  }

  /** A pseudonymizer with this key; throws if it is too short. */
  static create(options: { key: string }): Pseudonymizer {
    if (options.key.length < MIN_PSEUDONYM_KEY_LENGTH) {
      throw new Error(
        `${PSEUDONYM_KEY_CONFIG} is too short (${options.key.length} characters): ` +
          `use a random secret of at least ${MIN_PSEUDONYM_KEY_LENGTH} characters`,
      );
    }
    return new Pseudonymizer(options.key);
  }

  // A private field, so that the key shows in no log of this object.
  readonly #key: string;

  private constructor(key: string) {
    this.#key = key;
  }

  /**
   * The pseudonym of a user as a source reports them: over the e-mail when
   * there is one, else over the source and the id; undefined without
   * either. The two inputs are kept apart, so that no id can collide with
   * an e-mail.
   */
  userKey(
    source: string,
    user: { id?: string; email?: string } | undefined,
  ): string | undefined {
    const email = user?.email?.trim().toLocaleLowerCase('en-US');
    if (email) {
      return this.hash(`email\n${email}`);
    }
    if (user?.id) {
      return this.hash(`id\n${source}\n${user.id}`);
    }
    return undefined;
  }

  private hash(text: string): string {
    return createHmac('sha256', this.#key)
      .update(text, 'utf8')
      .digest('hex')
      .slice(0, USER_KEY_LENGTH);
  }
}
