/**
 * The HTTP status of a failed request (the client rejects with a
 * `ResponseError`), or undefined for any other error, so that a refusal or
 * a missing entity can be told from a fault.
 */
export function responseStatusOf(error: Error | undefined): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}
