import { Convention, ConventionConflictResponse } from '../types';

/**
 * A write was refused because someone else saved first. `current` is the
 * stored version, absent if it was deleted.
 *
 * @public
 */
export class ConventionConflictError extends Error {
  readonly name = 'ConventionConflictError';
  readonly statusCode = 409;

  constructor(message: string, readonly current?: Convention) {
    super(message);
  }

  static async fromResponse(
    response: Response,
  ): Promise<ConventionConflictError> {
    const body = (await response
      .json()
      .catch(() => undefined)) as Partial<ConventionConflictResponse>;
    return new ConventionConflictError(
      body?.error?.message ?? 'Someone else changed this convention first',
      body?.current,
    );
  }
}
