import { AgentsMdDocument } from '@agent-context/plugin-agent-context-common';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, ExitCode } from '../CliError';
import { CliIo } from '../CliIo';
import { displayPath } from '../displayPath';
import { fetchAgentsMd } from '../fetchAgentsMd';
import { PullOptions } from '../parseOptions';
import { resolveAgentsMdSource } from '../resolveAgentsMdSource';

/**
 * `agent-context pull`: fetches the live AGENTS.md and writes it, byte for
 * byte as the portal served it, to ./AGENTS.md, --out, or stdout. Says on
 * stderr what it wrote, so that stdout stays the document alone.
 */
export async function pull(options: PullOptions, io: CliIo): Promise<number> {
  const source = await resolveAgentsMdSource(options, io.cwd);
  const document = await fetchAgentsMd(options.connection, source, {
    maxTokens: options.maxTokens,
  });

  if (options.stdout) {
    io.stdout.write(document.markdown);
    io.stderr.write(
      `Printed the AGENTS.md of ${document.entityRef} (${sizeOf(document)})\n`,
    );
    return ExitCode.ok;
  }

  const file = resolve(io.cwd, options.out ?? 'AGENTS.md');
  try {
    await writeFile(file, document.markdown, 'utf8');
  } catch (error) {
    throw new CliError(
      `could not write ${file}: ${
        (error as NodeJS.ErrnoException).code ?? error
      }`,
    );
  }
  io.stderr.write(
    `Wrote the AGENTS.md of ${document.entityRef} (${sizeOf(
      document,
    )}) to ${displayPath(io.cwd, file)}\n`,
  );
  return ExitCode.ok;
}

/** e.g. `200 lines`, `2000 tokens and 200 lines`. */
function budgetOf(document: AgentsMdDocument): string {
  const { maxTokens, maxLines } = document.budget;
  return [
    ...(maxTokens === undefined ? [] : [`${maxTokens} tokens`]),
    ...(maxLines === undefined ? [] : [`${maxLines} lines`]),
  ].join(' and ');
}

/**
 * e.g. `812 tokens, 87 lines; left out to fit the budget of 200 lines:
 * members, may rules; --max-tokens 0 pulls all of it`.
 */
function sizeOf(document: AgentsMdDocument): string {
  const parts = [`${document.tokens} tokens, ${document.lines} lines`];
  if (document.omitted.length > 0) {
    parts.push(
      `left out to fit the budget of ${budgetOf(
        document,
      )}: ${document.omitted.join(', ')}`,
      '--max-tokens 0 pulls all of it',
    );
  }
  if (document.overBudget) {
    parts.push(
      `over the budget of ${budgetOf(
        document,
      )}, as the parts never left out need more`,
    );
  }
  return parts.join('; ');
}
