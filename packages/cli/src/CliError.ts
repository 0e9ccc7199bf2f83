/**
 * Exit codes of the agent-context command, documented in the README.
 *
 * @public
 */
export const ExitCode = {
  /** The command did what was asked; for check, the file is up to date. */
  ok: 0,
  /** check: the AGENTS.md is stale, edited by hand, missing, or not generated. */
  checkFailed: 1,
  /** The command could not run: usage, configuration, git or portal error. */
  error: 2,
} as const;

/**
 * A failure the user can act on: `main` prints its message, without a stack
 * trace, and exits with its code.
 *
 * @public
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = ExitCode.error) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
