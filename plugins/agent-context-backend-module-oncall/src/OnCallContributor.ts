import {
  EntityContextLink,
  codeOrText,
  escapeInline,
  renderLink,
  toSafeUrl,
} from '@agent-context/plugin-agent-context-common';
import {
  ContextContributor,
  ContextContributorRequest,
  ContextSectionContent,
} from '@agent-context/plugin-agent-context-node';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * The annotation of Backstage's PagerDuty plugin: the service's id.
 *
 * @public
 */
export const PAGERDUTY_SERVICE_ID_ANNOTATION = 'pagerduty.com/service-id';

/**
 * The entity's rota where PagerDuty is not used: a web address (linked) or
 * a few words (`#checkout-oncall on Slack`).
 *
 * @public
 */
export const ON_CALL_ANNOTATION = 'agent-context.io/on-call';

/** An owner link about on-call by its type or title. */
const ON_CALL_LINK = /on-?call|pager|incident|escalat/i;

const DEFAULT_PRIORITY = 1500;

/**
 * Adds an "On-call" section: whom to page when a change to the entity
 * breaks something, from the entity's PagerDuty or on-call annotation and
 * its owner's on-call links. Annotations are read from the catalog with the
 * caller's credentials, so an entity the caller may not read adds nothing.
 *
 * @public
 */
export class OnCallContributor implements ContextContributor {
  /** The section's id in the context. */
  readonly id = 'on-call';
  /** The section's heading. */
  readonly title = 'On-call';

  /** Reads `agentContext.onCall`, refusing an address that is not a web one. */
  static fromConfig(
    config: Config,
    options: { catalog: CatalogService },
  ): OnCallContributor {
    const baseUrl = config.getOptionalString(
      'agentContext.onCall.pagerDutyBaseUrl',
    );
    if (baseUrl !== undefined && !toSafeUrl(baseUrl)) {
      throw new Error(
        `Invalid agentContext.onCall.pagerDutyBaseUrl '${baseUrl}': expected an http or https address`,
      );
    }
    return new OnCallContributor({
      catalog: options.catalog,
      pagerDutyBaseUrl: baseUrl?.replace(/\/+$/, ''),
      priority:
        config.getOptionalNumber('agentContext.onCall.priority') ??
        DEFAULT_PRIORITY,
    });
  }

  /** Where a token budget places the section (default 1500). */
  readonly priority: number;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      pagerDutyBaseUrl?: string;
      priority?: number;
    },
  ) {
    this.priority = options.priority ?? DEFAULT_PRIORITY;
  }

  /** The section for one entity, or undefined when it has no on-call facts. */
  async contribute(
    request: ContextContributorRequest,
  ): Promise<ContextSectionContent | undefined> {
    const { context, credentials } = request;
    const { items } = await this.options.catalog.getEntitiesByRefs(
      { entityRefs: [context.entity.ref], fields: ['metadata.annotations'] },
      { credentials },
    );
    // Only the field asked for comes back, and not even `metadata` when the
    // entity has no annotations.
    const annotations = items[0]?.metadata?.annotations ?? {};
    const serviceId = annotations[PAGERDUTY_SERVICE_ID_ANNOTATION]?.trim();
    const rota = annotations[ON_CALL_ANNOTATION]?.trim();
    const links = (context.ownership.owner?.links ?? []).filter(link =>
      ON_CALL_LINK.test(`${link.type ?? ''} ${link.title ?? ''}`),
    );
    if (!serviceId && !rota && links.length === 0) {
      return undefined;
    }

    const serviceUrl =
      serviceId && this.options.pagerDutyBaseUrl
        ? `${
            this.options.pagerDutyBaseUrl
          }/service-directory/${encodeURIComponent(serviceId)}`
        : undefined;
    const owner = context.ownership.owner;
    return {
      data: {
        ...(serviceId
          ? {
              pagerDuty: {
                serviceId,
                ...(serviceUrl ? { url: serviceUrl } : {}),
              },
            }
          : {}),
        ...(rota ? { rota } : {}),
        ...(links.length > 0 && owner ? { ownerRef: owner.ref } : {}),
        links: links.map(({ url, title, type }) => ({
          url,
          ...(title ? { title } : {}),
          ...(type ? { type } : {}),
        })),
      },
      markdown: [
        ...(serviceId
          ? [
              `- PagerDuty service: ${codeOrText(serviceId)}${
                serviceUrl ? `, ${renderLink('page it', serviceUrl)}` : ''
              }`,
            ]
          : []),
        ...(rota ? [`- Rota: ${renderRota(rota)}`] : []),
        ...links.map(link => `- ${ownerLink(link, owner?.ref)}`),
      ].join('\n'),
    };
  }
}

/** A rota given as an address is a link; anything else is plain words. */
function renderRota(rota: string): string {
  return toSafeUrl(rota)
    ? renderLink(undefined, rota)
    : escapeInline(rota, 200);
}

function ownerLink(
  link: EntityContextLink,
  ownerRef: string | undefined,
): string {
  const type = link.type ? ` (${escapeInline(link.type, 40)})` : '';
  const whose = ownerRef ? `, of ${codeOrText(ownerRef)}` : '';
  return `${renderLink(link.title, link.url)}${type}${whose}`;
}
