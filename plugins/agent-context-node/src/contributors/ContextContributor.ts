import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ContextSection,
  EntityContext,
} from '@agent-context/plugin-agent-context-common';

/**
 * What a context contributor is given for one entity.
 *
 * @public
 */
export interface ContextContributorRequest {
  /**
   * The entity's context as the suite assembled it: the catalog part,
   * conventions and skills, without any contributor's section.
   */
  context: EntityContext;
  /**
   * Who asks, as the catalog should see them. Read the catalog (for an
   * annotation, say) with these, so that the section tells nobody what
   * they may not read.
   */
  credentials: BackstageCredentials;
}

/**
 * A contributor's section for one entity: its facts as JSON and as
 * Markdown.
 *
 * @public
 */
export interface ContextSectionContent {
  /** The facts, for agents that read the context's JSON. */
  data: ContextSection['data'];
  /**
   * The body AGENTS.md shows under the contributor's title: Markdown such
   * as a list of facts and links. The suite treats it as it treats a
   * convention body (invisible characters removed, headings and HTML
   * escaped, fences closed, bare addresses in code spans), so it cannot
   * reach the document around it; text the contributor did not write
   * itself (catalog annotations, titles) belongs in `escapeInline`,
   * `codeOrText` or `renderLink` from the common package. At most 16,384
   * characters; empty keeps the section to the JSON.
   */
  markdown: string;
}

/**
 * Adds a section to entities' contexts and AGENTS.md: what an
 * organisation knows about its services that the catalog does not say,
 * such as on-call rotas, SLOs or runbooks. Added by a backend module
 * through `agentContextContributorsExtensionPoint`.
 *
 * @public
 */
export interface ContextContributor {
  /**
   * Stable id, the section's id in the context: lower-case letters,
   * digits and single dashes, at most 32 characters (`on-call`). Unique
   * among the installed contributors.
   */
  readonly id: string;
  /** The section's heading, e.g. `On-call`. */
  readonly title: string;
  /**
   * Where a token budget places the section among the built-in material
   * (`AGENTS_MD_BUDGET_PRIORITIES` in the common package): lower goes
   * first. A whole number from 0 to 10,000; 1500, say, keeps it longer than
   * the entity's links and shorter than the SHOULD rules.
   */
  readonly priority: number;
  /**
   * The section for one entity, or undefined when there is nothing to say
   * about it. Called on every context and AGENTS.md request, with the
   * caller's credentials, so cache whatever is slow to fetch. A failure
   * leaves the section out (and is logged); the rest of the context is
   * served.
   */
  contribute(
    request: ContextContributorRequest,
  ): Promise<ContextSectionContent | undefined>;
}
