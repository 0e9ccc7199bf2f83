/**
 * What a run of the command sees of the world, passed in so that tests can
 * run `main` in-process with their own directory, environment and streams.
 *
 * @public
 */
export interface CliIo {
  /** The directory the command runs in. */
  cwd: string;
  /** Environment variables; AGENT_CONTEXT_URL and AGENT_CONTEXT_TOKEN are read. */
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}
