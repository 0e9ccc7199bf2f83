import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** Configuration of the Agent Context backend plugin. */
  agentContext?: {
    /** How the ownership part of an entity's context is assembled. */
    ownership?: {
      /**
       * How many parent groups above the owner (or above a group, in a
       * group's own context) the context shows, nearest first. Display
       * only: the entity's placement, which conventions are resolved and
       * writes are checked against, always follows the chain to the root.
       * Default: 10.
       */
      maxParentDepth?: number;
      /**
       * How many members of the owning group (or of a group, in its own
       * context) are listed. Default: 10.
       */
      maxMembers?: number;
    };
    /** How the system part of an entity's context is assembled. */
    system?: {
      /**
       * How many parts are listed: the other parts of the entity's system
       * (all parts, for a system), a domain's systems and subdomains, and a
       * component's subcomponents. The context says how many there are in
       * all. Default: 50.
       */
      maxParts?: number;
    };
    /** The relations of groups and users. */
    relations?: {
      /**
       * How many entities are listed for a group's child groups, a user's
       * groups, and what a group or user owns. The context says how many
       * there are in all. Default: 50.
       */
      maxEntries?: number;
    };
    /** The AGENTS.md the plugin generates for each entity. */
    agentsMd?: {
      /**
       * The budget an AGENTS.md is fitted to when the caller asks for none:
       * no `maxTokens` on the agents.md and by-repository routes or the
       * `get-agents-md` action, no `--max-tokens` for the CLI's pull and
       * check. Lower-priority material is left out first, and the file
       * says what was; MUST rules, commands and boundaries are never cut,
       * so a file whose never-cut material alone is longer stays longer
       * (`overBudget` says so). A caller that asks for a budget gets that
       * one instead of this (line limit included), and `maxTokens=0` the
       * whole document. Changing it changes every ETag, and committed
       * files pulled without `--max-tokens` fail `agent-context check`
       * until they are pulled again.
       */
      defaultBudget?: {
        /** Most lines in the file; 0 for no line limit. Default: 200. */
        maxLines?: number;
        /**
         * Most tokens (o200k_base encoding), from 100 to 1000000; 0 for no
         * token limit. Default: 0.
         */
        maxTokens?: number;
      };
    };
    /**
     * The in-process catalog graph every context is assembled from: each
     * entity's relations and the few fields the context shows, loaded
     * from the catalog at start-up and kept current by a delta (refs and
     * etags, then only the changed entities).
     */
    graph?: {
      /**
       * Seconds between two deltas. A catalog change shows in contexts
       * within this plus the time one delta takes (well under a second
       * for 10,000 entities). Default: 10.
       */
      refreshIntervalSeconds?: number;
    };
    /**
     * The shared answers: contexts, AGENTS.md documents and conventions
     * kept as ready bytes per entity and visibility class (never per
     * caller), dropped as soon as anything they were built from changes.
     */
    cache?: {
      /**
       * The most an answer may be served for, in seconds. Entity and
       * convention changes drop answers at once; this bounds only what
       * has no change signal (sections and conventions that modules add,
       * the catalog's AiResource rules read per caller). 0 turns the
       * cache off. Default: 300.
       */
      ttlSeconds?: number;
      /** The memory the answers may take, in megabytes. Default: 32. */
      maxMegabytes?: number;
      /**
       * Seconds between two reads of the convention change feed that
       * tells each replica what other replicas changed. Default: 2.
       */
      changePollSeconds?: number;
    };
    /**
     * The blast radius: who is affected by a change to the entity (its
     * dependents and the consumers of its APIs, transitively; for a system
     * or domain, those of its parts). Groups and users have none.
     */
    blastRadius?: {
      /** Levels of dependents followed. Default: 3. */
      maxDepth?: number;
      /** Entries listed at most; the nearest are kept. Default: 100. */
      maxEntries?: number;
    };
    /** The codex: engineering conventions recorded at scopes. */
    conventions?: {
      /**
       * Who may edit the org codex (the global scope): full group or user
       * refs, such as `group:default/platform-team`. Other scopes are
       * edited by their owners. With the permission framework on, the
       * app's policy decides, and the suite's example policy reads this
       * list. Default: nobody.
       * @visibility backend
       */
      admins?: string[];
      /**
       * The org codex shipped with the installation: global conventions,
       * read-only in the portal. Every entry is checked at startup, and the
       * backend does not start while any is invalid. The fields' allowed
       * values are checked there too (rather than by the config schema), so
       * the error names the entry by path and id.
       * @visibility backend
       */
      global?: Array<{
        /** Letters, digits and single dashes, unique in the codex, e.g. `SEC-004`. */
        id: string;
        /** One of `rule`, `command` or `boundary`. */
        category: string;
        title: string;
        /** Markdown. */
        body?: string;
        /** For rules, required: one of `must`, `should` or `may`. */
        severity?: string;
        /**
         * Which entities it applies to, as a catalog filter predicate such as
         * `{ kind: component, spec.type: service }`. Default: every entity.
         */
        appliesTo?: { [key: string]: any };
        /** An enforced convention can be neither overridden nor waived. Default: false. */
        enforced?: boolean;
      }>;
      /** Conventions as code: files named by the `agent-context.io/conventions` annotation. */
      repository?: {
        /**
         * How often the files are read again. Default: every 2 minutes,
         * with a 5 minute timeout, starting 10 seconds after startup.
         * @visibility backend
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
    /**
     * The skills index at `/.well-known/agent-skills` (and
     * `/.well-known/skills`) on the backend's root.
     */
    skills?: {
      /**
       * Serve the index without credentials, for installers such as
       * `npx skills add <portal>` that send none. The index is then read
       * with the plugin's own credentials, so **everyone who can reach the
       * backend can read every skill in the catalog** and its SKILL.md,
       * whatever the catalog's permissions say. Turn it on only where that
       * audience may read all of them. Default: false (a user or service
       * token is required, and each caller sees only the skills it may
       * read in the catalog).
       * @visibility backend
       */
      publicIndex?: boolean;
    };
    /**
     * Agent readiness: a score per component, API, resource and system,
     * from checks with weights. See the README's "Agent readiness" for
     * every check, its default weight and its fix.
     */
    readiness?: {
      /**
       * Per check id (owner, description, system, lifecycle,
       * source-location, docs, dependencies, apis, api-providers,
       * system-parts, command, convention, conventions-conflict-free,
       * agents-md-fetched, agent-usage): its weight or that it is off. An
       * unknown id stops the backend.
       */
      checks?: {
        [checkId: string]: {
          /** What the check counts for, 0 or more. Default: its own (README). */
          weight?: number;
          /** False leaves the check out of every score. Default: true. */
          enabled?: boolean;
        };
      };
      /**
       * How many days back the usage checks look (AGENTS.md fetched, agent
       * usage), today included. Default: 30.
       */
      usageWindowDays?: number;
      /**
       * Where the usage checks' fixes link: the guide to sending coding
       * agents' telemetry to the portal. Default: the entity's Agent
       * context tab in the portal.
       */
      usageGuideUrl?: string;
    };
    /** Adoption: how AI coding tools are used, per service and team. */
    adoption?: {
      /**
       * Scheduled pulls of vendors' usage reports. Each connector is off
       * until its block is present; see the README's "Connectors".
       * @visibility backend
       */
      connectors?: {
        /** GitHub Copilot's usage metrics reports for one organisation. */
        copilot?: {
          /**
           * A token that may read the organisation's Copilot metrics.
           * @visibility secret
           */
          token: string;
          /** The organisation's login. */
          org: string;
          /** The REST API's base URL. Default: https://api.github.com */
          baseUrl?: string;
          /** The X-GitHub-Api-Version header. Default: 2022-11-28. */
          apiVersion?: string;
          /**
           * Team slug to catalog group ref, e.g. `payments-devs:
           * group:default/payments`. Slugs not listed are matched against
           * the groups' `github.com/team-slug` annotation (`org/slug`).
           */
          teamMapping?: { [slug: string]: string };
          /**
           * The first day pulled, YYYY-MM-DD (UTC), when the connector has
           * not run before; later runs resume from the last day stored.
           * Default: 28 days before the first run.
           */
          backfillFrom?: string;
          /**
           * How many of the latest days every run pulls again, since the
           * vendor revises recent days; each is replaced whole. From 1 to
           * 31. Default: 3.
           */
          revisitDays?: number;
          /**
           * When the pull runs (on one replica at a time). Default: every
           * 6 hours, 1 hour timeout, starting 2 minutes after startup.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        };
        /** Cursor's Admin API daily usage data. */
        cursor?: {
          /**
           * An Admin API key.
           * @visibility secret
           */
          apiKey: string;
          /** Default: https://api.cursor.com */
          baseUrl?: string;
          /**
           * The first day pulled, YYYY-MM-DD (UTC), when the connector has
           * not run before; later runs resume from the last day stored.
           * Default: 28 days before the first run.
           */
          backfillFrom?: string;
          /**
           * How many of the latest days every run pulls again, since the
           * vendor revises recent days; each is replaced whole. From 1 to
           * 31. Default: 3.
           */
          revisitDays?: number;
          /**
           * When the pull runs (on one replica at a time). Default: every
           * 6 hours, 1 hour timeout, starting 2 minutes after startup.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        };
        /** Claude Code's analytics report from the Admin API. */
        'claude-code'?: {
          /**
           * An Admin API key.
           * @visibility secret
           */
          apiKey: string;
          /** Default: https://api.anthropic.com */
          baseUrl?: string;
          /** The anthropic-version header. Default: 2023-06-01. */
          anthropicVersion?: string;
          /**
           * The first day pulled, YYYY-MM-DD (UTC), when the connector has
           * not run before; later runs resume from the last day stored.
           * Default: 28 days before the first run.
           */
          backfillFrom?: string;
          /**
           * How many of the latest days every run pulls again, since the
           * vendor revises recent days; each is replaced whole. From 1 to
           * 31. Default: 3.
           */
          revisitDays?: number;
          /**
           * When the pull runs (on one replica at a time). Default: every
           * 6 hours, 1 hour timeout, starting 2 minutes after startup.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        };
        /** An AI gateway's request logs (Cloudflare AI Gateway). */
        'ai-gateway'?: {
          /**
           * An API token that may read the gateway's logs.
           * @visibility secret
           */
          apiToken: string;
          /** The account id. */
          accountId: string;
          /** The gateway id. */
          gateway: string;
          /** Default: https://api.cloudflare.com/client/v4 */
          baseUrl?: string;
          /**
           * The metadata key holding an entity ref, or a repository URL
           * resolved to its entity. Default: entity.
           */
          entityMetadataKey?: string;
          /** The metadata key holding the user's e-mail or id. Default: user. */
          userMetadataKey?: string;
          /**
           * The first day pulled, YYYY-MM-DD (UTC), when the connector has
           * not run before; later runs resume from the last day stored.
           * Default: 28 days before the first run.
           */
          backfillFrom?: string;
          /**
           * How many of the latest days every run pulls again, since the
           * vendor revises recent days; each is replaced whole. From 1 to
           * 31. Default: 3.
           */
          revisitDays?: number;
          /**
           * When the pull runs (on one replica at a time). Default: every
           * 6 hours, 1 hour timeout, starting 2 minutes after startup.
           */
          schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        };
      };
      /**
       * GitHub's `pull_request` webhook at
       * `/api/agent-context/v1/adoption/webhooks/github`, which records
       * opened and merged pull requests and whether an agent assisted.
       */
      github?: {
        /**
         * The webhook's secret, as set on GitHub; deliveries whose
         * `X-Hub-Signature-256` does not match answer 401. Without it the
         * webhook is not served.
         * @visibility secret
         */
        webhookSecret?: string;
        /**
         * A token that may read the repositories' pull requests, for their
         * commits' `Co-authored-by` trailers (read only when the label and
         * the description did not already say an agent assisted). Without
         * it only public repositories' commits can be read.
         * @visibility secret
         */
        token?: string;
        /**
         * The GitHub API the commits are read from; the token is sent
         * nowhere else. Default: https://api.github.com (for GitHub
         * Enterprise Server, `https://<host>/api/v3`).
         */
        apiBaseUrl?: string;
        /**
         * Labels that mark a pull request as AI-assisted, compared without
         * case. Default: ['ai-assisted'].
         */
        aiAssistedLabels?: string[];
        /**
         * The agents recognised, replacing the defaults (Claude Code,
         * Copilot, Cursor, Codex, Devin and Aider, as listed in the plugin
         * README).
         */
        agents?: Array<{
          /** Recorded as the rows' tool, e.g. claude-code. */
          name: string;
          /**
           * Names or e-mails in its commits' `Co-authored-by` trailers,
           * compared without case; a GitHub noreply e-mail also matches by
           * its login.
           */
          coAuthors?: string[];
          /**
           * Regular expressions (without case) for the footer it leaves in
           * a pull request's description, e.g. `Generated with \[Claude Code\]`.
           */
          descriptionPatterns?: string[];
        }>;
      };
      /**
       * The OTLP/HTTP receiver at `/api/agent-context/v1/otlp` (metrics and
       * logs; gRPC is not served).
       */
      otlp?: {
        /**
         * The largest request body taken, in bytes, after gzip is undone;
         * a larger one answers 413. Default: 5242880 (5 MiB).
         */
        maxBodyBytes?: number;
        /**
         * Days after which the last value kept of a cumulative series that
         * no exporter has sent since is forgotten. Default: 30.
         */
        seriesRetentionDays?: number;
      };
      /**
       * Record the suite's own fetches (contexts, AGENTS.md files,
       * by-repository lookups, MCP tool calls) as usage, with the caller
       * and the client. Default: true.
       * @visibility backend
       */
      recordUsage?: boolean;
      privacy?: {
        /**
         * The secret key of the keyed hash (HMAC-SHA256) that turns users'
         * e-mails and ids into pseudonyms before anything is stored: at
         * least 32 characters, random, kept like a database password.
         * Changing it starts every user afresh: yesterday's users no
         * longer match today's. Required once adoption is configured.
         * @visibility secret
         */
        pseudonymKey?: string;
        /**
         * Every adoption figure computed from the rows of fewer distinct
         * people than this (but at least one) is withheld, in every
         * response, bucket, breakdown and total, with the figures beside it
         * that would let it be worked out by subtraction. Figures about
         * services rather than people (merge requests, a gateway's rows
         * without a user) are always shown. A whole number, at least 1 (1
         * shows everything). Default: 5.
         * @visibility backend
         */
        minimumGroupSize?: number;
      };
      /**
       * Generated adoption usage for the catalog's teams and people, for a
       * local portal whose dashboards would otherwise be empty.
       * @visibility backend
       */
      demo?: {
        /**
         * On start, seed 90 days of usage (then, on later starts, the days
         * since the last seeded) through the real ingestion paths; the
         * overview is marked as demo data. Needs `retention.rowsDays` of
         * at least 89. A production backend (NODE_ENV=production) refuses
         * to start with it on. Default: false.
         */
        enabled?: boolean;
      };
      /** How long adoption data is kept. */
      retention?: {
        /**
         * Days the raw rows are kept, besides today. Rows of older days
         * are pruned every hour, and rows sent for such days are ignored
         * and counted as expired, so a late replay never counts twice.
         * Raising it re-opens days whose rows were already pruned: a
         * source that replays those days then counts them again, so
         * raise it only for sources that do not. Default: 35.
         */
        rowsDays?: number;
        /**
         * Days the daily rollups and distinct user-days are kept, which
         * every adoption view reads. At least `rowsDays`. Default: 730.
         */
        rollupsDays?: number;
      };
    };
  };
}
