import {
  ActionsRegistryActionOptions,
  ActionsRegistryService,
} from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { AnyZodObject } from 'zod/v3';
import { principalOf } from './principalOf';
import { UsageRecorder } from './UsageRecorder';

/** The client of every action call: MCP clients send no User-Agent here. */
export const MCP_TOOL = 'mcp';

/**
 * The entity an action call was about: the one its output names (the
 * repository lookup's match), else the one its input names, in the forms
 * the actions accept (`checkout-service` is a component in `default`).
 */
function entityRefOfCall(input: unknown, output: unknown): string | undefined {
  const named = [output, input]
    .map(value => (value as { entityRef?: unknown } | undefined)?.entityRef)
    .find((ref): ref is string => typeof ref === 'string');
  if (!named) {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(named, {
        defaultKind: 'component',
        defaultNamespace: 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

/**
 * The registry the plugin's read actions are registered with: each call
 * that succeeds is recorded as a fetch (tool `mcp`) for the caller whose
 * credentials the call carries. Without a recorder, the registry itself.
 */
export function recordingActionsRegistry(
  registry: ActionsRegistryService,
  usage: UsageRecorder | undefined,
): ActionsRegistryService {
  if (!usage) {
    return registry;
  }
  return {
    register<
      TInputSchema extends AnyZodObject,
      TOutputSchema extends AnyZodObject,
      TSecretsSchema extends AnyZodObject | undefined = undefined,
    >(
      options: ActionsRegistryActionOptions<
        TInputSchema,
        TOutputSchema,
        TSecretsSchema
      >,
    ) {
      registry.register({
        ...options,
        action: async context => {
          const result = await options.action(context);
          usage.record({
            entityRef: entityRefOfCall(
              context.input,
              (result as { output?: unknown } | undefined)?.output,
            ),
            principal: principalOf(context.credentials),
            tool: MCP_TOOL,
          });
          return result;
        },
      });
    },
  };
}
