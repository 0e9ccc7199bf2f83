import { Config } from '@backstage/config';

/** The receiver's settings, from `agentContext.adoption.otlp`. */
export interface OtlpOptions {
  /** The largest body taken, after gzip is undone. */
  maxBodyBytes: number;
  /** Days after which a cumulative series not sent again is forgotten. */
  seriesRetentionDays: number;
}

/** 5 MiB: far above what an SDK exporter's batch of metrics or logs takes. */
export const DEFAULT_OTLP_MAX_BODY_BYTES = 5 * 1024 * 1024;
export const DEFAULT_OTLP_SERIES_RETENTION_DAYS = 30;

function positiveInteger(config: Config, key: string, fallback: number) {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `Invalid configuration: ${key} must be a positive whole number, got ${value}`,
    );
  }
  return value;
}

/** Reads the receiver's settings; a bad value stops the backend, naming the key. */
export function readOtlpOptions(config: Config): OtlpOptions {
  return {
    maxBodyBytes: positiveInteger(
      config,
      'agentContext.adoption.otlp.maxBodyBytes',
      DEFAULT_OTLP_MAX_BODY_BYTES,
    ),
    seriesRetentionDays: positiveInteger(
      config,
      'agentContext.adoption.otlp.seriesRetentionDays',
      DEFAULT_OTLP_SERIES_RETENTION_DAYS,
    ),
  };
}
