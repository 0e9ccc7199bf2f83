export interface Config {
  agentContext?: {
    /** The On-call section (`@agent-context/plugin-agent-context-backend-module-oncall`). */
    onCall?: {
      /**
       * Your PagerDuty account's address, e.g. `https://acme.pagerduty.com`:
       * with it, a PagerDuty service id links to the service's page.
       * Default: none (the id is shown without a link).
       */
      pagerDutyBaseUrl?: string;
      /**
       * Where the section stands when a token budget makes AGENTS.md leave
       * things out: lower goes first (see AGENTS_MD_BUDGET_PRIORITIES in
       * the common package). Default: 1500, kept longer than the entity's
       * links, dropped before the SHOULD rules.
       */
      priority?: number;
    };
  };
}
