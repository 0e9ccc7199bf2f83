import { AgentsMdBudget } from '@agent-context/plugin-agent-context-common';
import { RootConfigService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_AGENTS_MD_BUDGET,
  TOKEN_BUDGET_VALUES,
  isTokenBudget,
} from './agentsMd/AgentsMdService';

const KEY = 'agentContext.agentsMd.defaultBudget';

/**
 * The AGENTS.md budget served to callers that ask for none, from app-config:
 * `maxLines` (default 200) and `maxTokens` (default none), each 0 for no
 * limit. A bad value stops the backend at startup, naming the key: a
 * portal that silently served unbounded files would break the promise the
 * default makes.
 */
export function readAgentsMdBudget(config: RootConfigService): AgentsMdBudget {
  const maxLines =
    config.getOptionalNumber(`${KEY}.maxLines`) ??
    DEFAULT_AGENTS_MD_BUDGET.maxLines ??
    0;
  const maxTokens =
    config.getOptionalNumber(`${KEY}.maxTokens`) ??
    DEFAULT_AGENTS_MD_BUDGET.maxTokens ??
    0;
  if (!Number.isInteger(maxLines) || maxLines < 0) {
    throw new Error(
      `Invalid ${KEY}.maxLines ${maxLines}: expected 0 (no limit) or a whole number of lines`,
    );
  }
  if (!isTokenBudget(maxTokens)) {
    throw new Error(
      `Invalid ${KEY}.maxTokens ${maxTokens}: expected ${TOKEN_BUDGET_VALUES}`,
    );
  }
  return {
    ...(maxTokens > 0 && { maxTokens }),
    ...(maxLines > 0 && { maxLines }),
  };
}
