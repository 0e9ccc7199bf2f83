import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import express from 'express';
import { principalOf } from './principalOf';
import { toolOfUserAgent } from './toolOfUserAgent';
import { UsageRecorder } from './UsageRecorder';

/**
 * What a route calls once it has an answer for an entity (a 304 included:
 * the caller fetched, and already held the bytes). Records the fetch with
 * the caller as the request authenticated them (before any delegation to
 * the catalog) and the client its User-Agent names; does nothing without
 * a recorder, and never fails the request.
 */
export function recordHttpFetches(
  usage: UsageRecorder | undefined,
  httpAuth: HttpAuthService,
): (req: express.Request, entityRef: CompoundEntityRef) => Promise<void> {
  if (!usage) {
    return async () => {};
  }
  return async (req, entityRef) => {
    try {
      // Read once per request already; this is the same promise.
      const credentials = await httpAuth.credentials(req);
      usage.record({
        entityRef: stringifyEntityRef(entityRef),
        principal: principalOf(credentials),
        tool: toolOfUserAgent(req.get('user-agent')),
      });
    } catch {
      // Recording is bookkeeping; the answer goes out regardless.
    }
  };
}
