import { CustomErrorBase } from '@backstage/errors';

/**
 * The vendor has not published the day yet: the run stops there, quietly,
 * and the next one asks again.
 */
export class ConnectorDayNotReadyError extends CustomErrorBase {
  name = 'ConnectorDayNotReadyError' as const;
}
