/**
 * The agent-context command: pull and check a service's AGENTS.md from an
 * Agent Context portal.
 *
 * @packageDocumentation
 */

import { main } from './main';

main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
}).then(code => {
  // exitCode rather than exit(): lets stdout finish flushing into a pipe.
  process.exitCode = code;
});
