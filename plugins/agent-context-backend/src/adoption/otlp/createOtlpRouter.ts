import { requireAdoptionPermission } from '../requireAdoptionPermission';
import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { adoptionIngestPermission } from '@agent-context/plugin-agent-context-common';
import express from 'express';
import Router from 'express-promise-router';
import {
  OtlpEncoding,
  OtlpSignal,
  decodeLogsRequest,
  decodeMetricsRequest,
  encodeExportResponse,
} from './otlpMessages';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from './otlpErrors';
import { OtlpExportOutcome, OtlpReceiver } from './OtlpReceiver';

/** Where exporters send, under the plugin's base URL (…/v1/otlp is their endpoint). */
export const OTLP_PATHS: Record<OtlpSignal, string> = {
  metrics: '/v1/otlp/v1/metrics',
  logs: '/v1/otlp/v1/logs',
};

const CONTENT_TYPES: Record<string, OtlpEncoding> = {
  'application/json': 'json',
  'application/x-protobuf': 'protobuf',
};

const RESPONSE_TYPES: Record<OtlpEncoding, string> = {
  json: 'application/json',
  protobuf: 'application/x-protobuf',
};

function encodingOf(req: express.Request): OtlpEncoding {
  const type = (req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLocaleLowerCase('en-US');
  const encoding = CONTENT_TYPES[type];
  if (!encoding) {
    throw new UnsupportedMediaTypeError(
      `Content-Type '${type}' is not served; send application/json or application/x-protobuf`,
    );
  }
  return encoding;
}

/**
 * The OTLP/HTTP receiver's routes. They read the raw body themselves
 * (protobuf or JSON, gzip undone, at most `maxBodyBytes`), so this router
 * must be mounted before any router that parses bodies: the plugin's
 * validated OpenAPI router parses every JSON body it sees.
 */
export function createOtlpRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  receiver: OtlpReceiver;
  maxBodyBytes: number;
}): express.Router {
  const { httpAuth, permissions, receiver, maxBodyBytes } = options;
  const parseRaw = express.raw({
    type: () => true,
    limit: maxBodyBytes,
    inflate: true,
  });

  const readBody = (req: express.Request, res: express.Response) =>
    new Promise<Buffer>((resolve, reject) => {
      parseRaw(req, res, error => {
        if (error?.type === 'entity.too.large') {
          reject(
            new PayloadTooLargeError(
              `The body is larger than agentContext.adoption.otlp.maxBodyBytes (${maxBodyBytes} bytes)`,
            ),
          );
        } else if (error?.type === 'encoding.unsupported') {
          reject(
            new UnsupportedMediaTypeError(
              `Content-Encoding '${req.headers['content-encoding']}' is not served; send gzip or none`,
            ),
          );
        } else if (error) {
          reject(
            new InputError(
              error.code === 'Z_DATA_ERROR'
                ? 'The body is not valid gzip'
                : `The body could not be read: ${error.message}`,
            ),
          );
        } else {
          resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
        }
      });
    });

  const receive =
    (
      signal: OtlpSignal,
      take: (
        body: Buffer,
        encoding: OtlpEncoding,
      ) => Promise<OtlpExportOutcome>,
    ) =>
    async (req: express.Request, res: express.Response) => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      await requireAdoptionPermission(
        permissions,
        credentials,
        adoptionIngestPermission,
        'Not allowed to send adoption telemetry',
      );
      const encoding = encodingOf(req);
      const outcome = await take(await readBody(req, res), encoding);
      res
        .status(200)
        .type(RESPONSE_TYPES[encoding])
        .send(encodeExportResponse(signal, outcome, encoding));
    };

  const router = Router();
  router.post(
    OTLP_PATHS.metrics,
    receive('metrics', (body, encoding) =>
      receiver.receiveMetrics(decodeMetricsRequest(body, encoding)),
    ),
  );
  router.post(
    OTLP_PATHS.logs,
    receive('logs', (body, encoding) =>
      receiver.receiveLogs(decodeLogsRequest(body, encoding)),
    ),
  );
  return router;
}
