import { RootConfigService } from '@backstage/backend-plugin-api';
import { DEFAULT_SCOPE_CHANGES_POLL_SECONDS } from './answers/ScopeChangeFeed';

/** How much the shared answers may take: enough for the hot entities. */
const DEFAULT_MAX_MEGABYTES = 32;
/**
 * How long an answer is served at most. Entity and convention changes
 * remove answers at once; this bounds only what has no change signal.
 */
const DEFAULT_MAX_AGE_SECONDS = 300;

/** The answer cache's settings from app-config, defaults filled in. */
export function readAnswerCacheOptions(config: RootConfigService) {
  return {
    maxBytes:
      (config.getOptionalNumber('agentContext.cache.maxMegabytes') ??
        DEFAULT_MAX_MEGABYTES) *
      1024 *
      1024,
    maxAgeSeconds:
      config.getOptionalNumber('agentContext.cache.ttlSeconds') ??
      DEFAULT_MAX_AGE_SECONDS,
    changePollSeconds:
      config.getOptionalNumber('agentContext.cache.changePollSeconds') ??
      DEFAULT_SCOPE_CHANGES_POLL_SECONDS,
  };
}
