import { CliIo } from '../CliIo';
import { findCheckoutEntity } from '../fetchAgentsMd';
import { TelemetryEnvOptions, TOKEN_ENV } from '../parseOptions';
import { GitCheckout, readGitCheckout } from '../readGitCheckout';
import { asExportLines, telemetryEnvironment } from '../telemetryEnvironment';
import { ExitCode } from '../CliError';

/**
 * `agent-context telemetry-env`: prints the environment a coding agent
 * needs to send this checkout's usage telemetry to the portal, attributed
 * to its catalog entity (looked up as `pull` does). stdout holds only the
 * environment, so that a shell can `eval` it; stderr says what it is for.
 */
export async function telemetryEnv(
  options: TelemetryEnvOptions,
  io: CliIo,
): Promise<number> {
  // With --entity, the checkout only adds the repository, if there is one.
  const checkout: GitCheckout | undefined = options.entityRef
    ? await readGitCheckout(io.cwd, options.remote).catch(() => undefined)
    : await readGitCheckout(io.cwd, options.remote);
  const connection = options.token
    ? { apiUrl: options.apiUrl, token: options.token }
    : undefined;
  const entityRef =
    options.entityRef ??
    (connection && checkout
      ? await findCheckoutEntity(connection, {
          repositoryUrl: checkout.remoteUrl,
          path: checkout.path,
        })
      : undefined);

  const environment = telemetryEnvironment({
    apiUrl: options.apiUrl,
    token: options.token,
    entityRef,
    repositoryUrl: checkout?.remoteUrl,
    team: options.team,
  });
  io.stdout.write(
    options.format === 'json'
      ? `${JSON.stringify(environment, null, 2)}\n`
      : asExportLines(environment),
  );
  io.stderr.write(
    entityRef
      ? `Telemetry sent with this environment is attributed to ${entityRef}\n`
      : 'Without a token the entity was not looked up: the portal attributes telemetry by the repository instead\n',
  );
  if (!options.token) {
    io.stderr.write(
      `No token (--token or ${TOKEN_ENV}): OTEL_EXPORTER_OTLP_HEADERS holds a placeholder; put a token for the portal in its place\n`,
    );
  }
  return ExitCode.ok;
}
