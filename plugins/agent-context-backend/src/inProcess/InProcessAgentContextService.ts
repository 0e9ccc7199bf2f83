import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { AuthenticationError, InputError } from '@backstage/errors';
import {
  AgentsMdDocument,
  EntityContext,
} from '@agent-context/plugin-agent-context-common';
import {
  AgentContextEntityRef,
  AgentContextService,
  AgentContextServiceOptions,
} from '@agent-context/plugin-agent-context-node';
import { parseEntityRefInput } from '../actions/entityRefInput';
import { AgentsMdService } from '../agentsMd/AgentsMdService';
import { EntityContextService } from '../context';
import { catalogCredentialsFor } from '../context/catalogCredentialsFor';
import { parseEntityRefParams } from '../service/parseEntityRefParams';

/**
 * A ref as the actions take it, or its parts as the HTTP routes do, held
 * to the same rules: a ref no entity can have is an `InputError`.
 */
function compoundRefOf(entityRef: AgentContextEntityRef): CompoundEntityRef {
  if (typeof entityRef === 'string') {
    return parseEntityRefInput(entityRef);
  }
  try {
    return parseEntityRefParams({
      kind: entityRef?.kind,
      namespace: entityRef?.namespace ?? 'default',
      name: entityRef?.name,
    });
  } catch (error) {
    throw new InputError('Invalid entityRef', error);
  }
}

/**
 * What other plugins of the backend get as `agentContextServiceRef`: the
 * plugin's own context and AGENTS.md services, reached with the caller's
 * credentials exactly as the HTTP routes and actions reach them, so the
 * answers and refusals are theirs.
 */
export class InProcessAgentContextService implements AgentContextService {
  constructor(
    private readonly deps: {
      auth: AuthService;
      contextService: EntityContextService;
      agentsMdService: AgentsMdService;
    },
  ) {}

  async getEntityContext(
    entityRef: AgentContextEntityRef,
    options: AgentContextServiceOptions,
  ): Promise<EntityContext> {
    const ref = compoundRefOf(entityRef);
    return this.deps.contextService.getEntityContext(ref, {
      credentials: await this.readerCredentials(options.credentials),
    });
  }

  async getAgentsMd(
    entityRef: AgentContextEntityRef,
    options: AgentContextServiceOptions & { maxTokens?: number },
  ): Promise<AgentsMdDocument> {
    // Checked before any catalog read, and defaulted as over HTTP.
    const budget = this.deps.agentsMdService.budgetFor(options.maxTokens);
    const context = await this.getEntityContext(entityRef, options);
    return this.deps.agentsMdService.render(context, budget);
  }

  /** As the routes admit readers: users and services, never nobody. */
  private async readerCredentials(
    credentials: BackstageCredentials,
  ): Promise<BackstageCredentials> {
    const { auth } = this.deps;
    if (
      !auth.isPrincipal(credentials, 'user') &&
      !auth.isPrincipal(credentials, 'service')
    ) {
      throw new AuthenticationError(
        'Agent context is read on behalf of a user or a service; these credentials are neither',
      );
    }
    return catalogCredentialsFor(credentials, auth);
  }
}
