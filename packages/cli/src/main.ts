import { CliError, ExitCode } from './CliError';
import { CliIo } from './CliIo';
import { check } from './commands/check';
import { pull } from './commands/pull';
import { telemetryEnv } from './commands/telemetryEnv';
import {
  parseCheckOptions,
  parsePullOptions,
  parseTelemetryEnvOptions,
} from './parseOptions';
import { CommandName, commandUsage, mainUsage } from './usage';

/**
 * Runs the agent-context command with the arguments after the program name
 * and resolves to its exit code. Errors the user can act on are printed as
 * one message without a stack trace.
 *
 * @public
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'pull': {
        const parsed = parsePullOptions(args, io.env);
        return parsed.help
          ? printHelp(io, commandUsage.pull)
          : await pull(parsed.options, io);
      }
      case 'check': {
        const parsed = parseCheckOptions(args, io.env);
        return parsed.help
          ? printHelp(io, commandUsage.check)
          : await check(parsed.options, io);
      }
      case 'telemetry-env': {
        const parsed = parseTelemetryEnvOptions(args, io.env);
        return parsed.help
          ? printHelp(io, commandUsage['telemetry-env'])
          : await telemetryEnv(parsed.options, io);
      }
      case 'help':
        return printHelp(
          io,
          isCommandName(args[0]) ? commandUsage[args[0]] : mainUsage,
        );
      case '--help':
      case '-h':
        return printHelp(io, mainUsage);
      case undefined:
        throw new CliError(`a command is required\n\n${mainUsage}`);
      default:
        throw new CliError(`unknown command '${command}'\n\n${mainUsage}`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`agent-context: ${error.message}\n`);
      return error.exitCode;
    }
    // Not the user's doing: keep the stack for the bug report.
    io.stderr.write(
      `agent-context: unexpected error: ${
        (error as Error)?.stack ?? String(error)
      }\n`,
    );
    return ExitCode.error;
  }
}

function isCommandName(name: string | undefined): name is CommandName {
  return name === 'pull' || name === 'check' || name === 'telemetry-env';
}

function printHelp(io: CliIo, usage: string): number {
  io.stdout.write(usage);
  return ExitCode.ok;
}
