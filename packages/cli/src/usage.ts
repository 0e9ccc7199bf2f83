/** The commands the CLI knows, each with its own usage text. */
export type CommandName = 'pull' | 'check' | 'telemetry-env';

// The help follows the layout of other command-line tools (one "Options:"
// section, groups apart by blank lines), which is also what the CLI report
// (cli-report.md, written by the repository's API report check) reads.
const connectionOptions = `  --portal URL      URL of the Backstage backend (env AGENT_CONTEXT_URL)
  --token TOKEN     Bearer token for the portal (env AGENT_CONTEXT_TOKEN)

  --entity REF      Entity ref, e.g. component:default/cart. Without it, the
                    entity whose source is this checkout: the repository of
                    the git remote and the folder you run the command in
  --remote NAME     Git remote that names the repository (default: origin)
  --max-tokens N    Token budget for the AGENTS.md, in place of the portal's
                    default (at most 200 lines unless the portal sets
                    another); 0 for the whole document. Lower-priority
                    sections are left out first`;

/** Usage of the command as a whole. */
export const mainUsage = `Usage: agent-context <command> [options]

Pull and check the AGENTS.md of a service from an Agent Context portal, and
connect coding agents' telemetry to it.

Commands:
  pull           Fetch the AGENTS.md for this checkout and write it to ./AGENTS.md
  check          Fail when the committed AGENTS.md is stale, edited by hand or missing
  telemetry-env  Print what a coding agent needs to send this checkout's telemetry

Run agent-context <command> --help for the options of a command.
`;

/** Usage of each command, printed by --help and after a usage error. */
export const commandUsage: Record<CommandName, string> = {
  pull: `Usage: agent-context pull [options]

Fetches the AGENTS.md of the catalog entity this checkout belongs to (or of
--entity) from the portal and writes it to ./AGENTS.md.

Options:
  --out FILE        Write to FILE instead of ./AGENTS.md
  --stdout          Print the AGENTS.md instead of writing a file

${connectionOptions}

  -h, --help        Show this help
`,
  check: `Usage: agent-context check [options]

Compares the committed AGENTS.md with the one the portal serves now, byte for
byte (line endings aside), and says whether a difference means the file is
stale or was edited by hand. Pass the --max-tokens it was pulled with, if
any.
Exit codes: 0 up to date; 1 stale, edited by hand, missing, or not generated
by Agent Context; 2 the check could not run.

Options:
  --file FILE       The AGENTS.md to check (default: ./AGENTS.md)

${connectionOptions}

  -h, --help        Show this help
`,
  'telemetry-env': `Usage: agent-context telemetry-env [options]

Prints the environment variables that make a coding agent (Claude Code, or
any OpenTelemetry SDK) send its usage metrics and events to the portal,
attributed to the catalog entity of this checkout: as export lines for a
shell, e.g. eval "$(agent-context telemetry-env)", or as JSON.

Options:
  --format FORMAT   shell (default) or json
  --team TEAM       Also attribute to this team (a group name or ref)

  --portal URL      URL of the Backstage backend (env AGENT_CONTEXT_URL)
  --token TOKEN     Bearer token for the portal (env AGENT_CONTEXT_TOKEN);
                    without one, the header holds a placeholder and the
                    entity is not looked up
  --entity REF      Entity ref, e.g. component:default/cart. Without it, the
                    entity whose source is this checkout, from the portal
  --remote NAME     Git remote that names the repository (default: origin)

  -h, --help        Show this help
`,
};
