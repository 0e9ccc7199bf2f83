import { RootConfigService } from '@backstage/backend-plugin-api';
import { EntityContextLimits } from './context';

/** The context bounds set in app-config; unset keys keep their defaults. */
export function readContextLimits(
  config: RootConfigService,
): Partial<EntityContextLimits> {
  const limits: Partial<EntityContextLimits> = {
    maxParentDepth: config.getOptionalNumber(
      'agentContext.ownership.maxParentDepth',
    ),
    maxMembers: config.getOptionalNumber('agentContext.ownership.maxMembers'),
    maxSystemParts: config.getOptionalNumber('agentContext.system.maxParts'),
    maxRelated: config.getOptionalNumber('agentContext.relations.maxEntries'),
    blastRadiusDepth: config.getOptionalNumber(
      'agentContext.blastRadius.maxDepth',
    ),
    blastRadiusEntries: config.getOptionalNumber(
      'agentContext.blastRadius.maxEntries',
    ),
  };
  return Object.fromEntries(
    Object.entries(limits).filter(([, value]) => value !== undefined),
  );
}
