import { Convention, ConventionConflictResponse } from '../types';

/**
 * A write was refused because someone else saved first. `current` is the
 * stored version, absent if it was deleted.
 *
 * @public
 */
export class ConventionConflictError extends Error {
  /** Always `ConventionConflictError`, to tell it from other errors. */
  readonly name = 'ConventionConflictError';
  /** The HTTP status the backend answered with. */
  readonly statusCode = 409;

  constructor(
    message: string,
    /** The stored version; absent if it was deleted. */
    readonly current?: Convention,
  ) {
    super(message);
  }

  /** The error a 409 response describes, from its body when it has one. */
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
