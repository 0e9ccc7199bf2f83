/**
 * Whether an API call was refused for want of a permission (403), which
 * the page explains rather than showing as a failure.
 */
export function isForbidden(error: Error | undefined): boolean {
  if (!error) {
    return false;
  }
  const status = (error as Error & { statusCode?: number }).statusCode;
  return status === 403 || error.name === 'NotAllowedError';
}
