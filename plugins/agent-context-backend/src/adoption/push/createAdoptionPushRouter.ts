import { requireAdoptionPermission } from '../requireAdoptionPermission';
import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { adoptionIngestPermission } from '@agent-context/plugin-agent-context-common';
import express from 'express';
import { spec } from '../../schema/openapi.generated';
import { AdoptionIngestion } from '../types';
import {
  ADOPTION_PUSH_MAX_BODY,
  parseAdoptionBatch,
} from './parseAdoptionBatch';

const PUSH_PATH = '/v1/adoption/events';

/**
 * `POST /v1/adoption/events`: rows pushed by gateways, scripts and
 * anything else that can send JSON, stored whole or not at all.
 *
 * It parses its own bodies, larger than the default JSON limit, so it must
 * be mounted before any router of the plugin that parses JSON first.
 */
export function createAdoptionPushRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  ingestion: AdoptionIngestion;
}): express.Router {
  const { httpAuth, permissions, ingestion } = options;
  // Only a push may be this large: requests for the plugin's other routes
  // pass through here too and keep the default limit.
  const pushJson = express.json({ limit: ADOPTION_PUSH_MAX_BODY });
  const otherJson = express.json();
  const router = createValidatedOpenApiRouter(spec, {
    middleware: [
      (req, res, next) =>
        (req.path === PUSH_PATH ? pushJson : otherJson)(req, res, next),
    ],
  });

  router.post(PUSH_PATH, async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await requireAdoptionPermission(
      permissions,
      credentials,
      adoptionIngestPermission,
      'You may not push adoption data',
    );
    const rows = parseAdoptionBatch(req.body);
    const result = await ingestion.ingest(rows);
    res.json({ ...result });
  });

  return router;
}
