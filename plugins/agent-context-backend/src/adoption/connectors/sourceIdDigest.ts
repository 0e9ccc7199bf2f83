import { createHmac } from 'node:crypto';

/**
 * A stable, opaque stand-in for a vendor's user identity (an e-mail, a
 * GitHub user id) inside a row's sourceId, which is stored as it is: the
 * id must stay the same on every re-pull so that the row is replaced, yet
 * must not let anyone with the database read or guess who it was. Keyed
 * with the connector's own credential, which the database never holds.
 */
export function sourceIdDigest(key: string, identity: string): string {
  return createHmac('sha256', key).update(identity).digest('hex').slice(0, 32);
}
