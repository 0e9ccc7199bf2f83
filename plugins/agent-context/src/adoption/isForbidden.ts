import { responseStatusOf } from './responseStatusOf';

/**
 * Whether a request was refused for want of permission: a reader's rights,
 * not a fault, which the cards and the page say plainly.
 */
export function isForbidden(error: Error | undefined): boolean {
  return responseStatusOf(error) === 403 || error?.name === 'NotAllowedError';
}
