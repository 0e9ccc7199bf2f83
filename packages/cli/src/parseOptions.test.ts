import { CliError } from './CliError';
import {
  apiUrlOf,
  parseCheckOptions,
  parsePullOptions,
  parseTelemetryEnvOptions,
} from './parseOptions';

const env = {
  AGENT_CONTEXT_URL: 'https://portal.example.com',
  AGENT_CONTEXT_TOKEN: 'env-token',
};

function errorOf(run: () => unknown): CliError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return error as CliError;
  }
  throw new Error('expected a CliError');
}

describe('parsePullOptions', () => {
  it('takes the portal and the token from the environment', () => {
    expect(parsePullOptions([], env)).toEqual({
      help: false,
      options: {
        connection: {
          apiUrl: 'https://portal.example.com/api/agent-context',
          token: 'env-token',
        },
        entityRef: undefined,
        remote: 'origin',
        maxTokens: undefined,
        out: undefined,
        stdout: false,
      },
    });
  });

  it('lets flags win over the environment', () => {
    const parsed = parsePullOptions(
      [
        '--portal',
        'http://localhost:7007/',
        '--token=flag-token',
        '--entity',
        'component:default/cart',
        '--remote',
        'upstream',
        '--max-tokens',
        '800',
        '--out',
        'docs/AGENTS.md',
      ],
      env,
    );
    expect(parsed).toEqual({
      help: false,
      options: {
        connection: {
          apiUrl: 'http://localhost:7007/api/agent-context',
          token: 'flag-token',
        },
        entityRef: 'component:default/cart',
        remote: 'upstream',
        maxTokens: 800,
        out: 'docs/AGENTS.md',
        stdout: false,
      },
    });
  });

  it('answers help before asking for a portal or a token', () => {
    expect(parsePullOptions(['--help'], {})).toEqual({ help: true });
    expect(parsePullOptions(['-h'], {})).toEqual({ help: true });
  });

  it('names the flag and the variable when the token is missing', () => {
    const error = errorOf(() =>
      parsePullOptions([], { AGENT_CONTEXT_URL: 'http://x' }),
    );
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('--token');
    expect(error.message).toContain('AGENT_CONTEXT_TOKEN');
  });

  it('names the flag and the variable when the portal is missing', () => {
    const error = errorOf(() =>
      parsePullOptions([], { AGENT_CONTEXT_TOKEN: 't', AGENT_CONTEXT_URL: '' }),
    );
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('--portal');
    expect(error.message).toContain('AGENT_CONTEXT_URL');
  });

  it('rejects unknown flags and positionals with the usage', () => {
    const unknown = errorOf(() => parsePullOptions(['--bogus'], env));
    expect(unknown.exitCode).toBe(2);
    expect(unknown.message).toMatch(/^Unknown option '--bogus'\n/);
    expect(unknown.message).toContain('Usage: agent-context pull');

    const positional = errorOf(() => parsePullOptions(['cart'], env));
    expect(positional.message).toContain("Unexpected argument 'cart'");
  });

  it('rejects a flag that belongs to the other command', () => {
    expect(
      errorOf(() => parsePullOptions(['--file', 'x'], env)).message,
    ).toContain("Unknown option '--file'");
    expect(
      errorOf(() => parseCheckOptions(['--stdout'], env)).message,
    ).toContain("Unknown option '--stdout'");
  });

  it('rejects --out together with --stdout', () => {
    expect(
      errorOf(() => parsePullOptions(['--out', 'A.md', '--stdout'], env))
        .message,
    ).toContain('--out and --stdout cannot be used together');
  });

  it.each(['-5', '12.5', 'lots', '00', '0x10', ''])(
    'rejects --max-tokens %j',
    value => {
      expect(
        errorOf(() => parsePullOptions([`--max-tokens=${value}`], env)).message,
      ).toContain(
        `--max-tokens expects a whole number of tokens (0 for no limit), got '${value}'`,
      );
    },
  );

  it('takes --max-tokens 0 as a request for the whole document', () => {
    expect(parseCheckOptions(['--max-tokens', '0'], env)).toMatchObject({
      help: false,
      options: { maxTokens: 0 },
    });
  });

  it.each(['cart', 'component:', 'component:a/b/c', 'component: cart'])(
    'rejects the entity ref %j',
    ref => {
      expect(
        errorOf(() => parsePullOptions(['--entity', ref], env)).message,
      ).toContain('--entity expects an entity ref');
    },
  );

  it('accepts an entity ref without a namespace', () => {
    const parsed = parsePullOptions(['--entity', 'component:cart'], env);
    expect(parsed.help === false && parsed.options.entityRef).toBe(
      'component:cart',
    );
  });
});

describe('parseCheckOptions', () => {
  it('reads --file', () => {
    const parsed = parseCheckOptions(['--file', 'docs/AGENTS.md'], env);
    expect(parsed.help === false && parsed.options.file).toBe('docs/AGENTS.md');
  });
});

describe('apiUrlOf', () => {
  it.each([
    [
      'https://portal.example.com',
      'https://portal.example.com/api/agent-context',
    ],
    [
      'https://portal.example.com//',
      'https://portal.example.com/api/agent-context',
    ],
    [
      'https://example.com/backstage/',
      'https://example.com/backstage/api/agent-context',
    ],
    [
      'http://localhost:7007/api/agent-context/',
      'http://localhost:7007/api/agent-context',
    ],
  ])('turns %s into %s', (portal, api) => {
    expect(apiUrlOf(portal)).toBe(api);
  });

  it.each(['portal.example.com', 'ftp://portal.example.com'])(
    'rejects %s, naming where it came from',
    portal => {
      const error = errorOf(() => apiUrlOf(portal));
      expect(error.message).toContain(`invalid portal URL '${portal}'`);
      expect(error.message).toContain('AGENT_CONTEXT_URL');
    },
  );
});

describe('parseTelemetryEnvOptions', () => {
  it('needs a portal but no token, and prints shell lines by default', () => {
    expect(
      parseTelemetryEnvOptions([], { AGENT_CONTEXT_URL: 'https://p.example' }),
    ).toEqual({
      help: false,
      options: {
        apiUrl: 'https://p.example/api/agent-context',
        token: undefined,
        entityRef: undefined,
        remote: 'origin',
        team: undefined,
        format: 'shell',
      },
    });
    expect(errorOf(() => parseTelemetryEnvOptions([], {})).message).toMatch(
      /^no portal URL: pass --portal URL or set AGENT_CONTEXT_URL/,
    );
  });

  it('takes the team, the format, the entity and the token', () => {
    expect(
      parseTelemetryEnvOptions(
        [
          '--team',
          ' web-team ',
          '--format',
          'json',
          '--entity',
          'component:default/cart',
        ],
        env,
      ),
    ).toMatchObject({
      options: {
        token: 'env-token',
        team: 'web-team',
        format: 'json',
        entityRef: 'component:default/cart',
      },
    });
  });

  it.each([
    [['--team', ' '], '--team expects a group name or ref'],
    [['--format', 'yaml'], "--format expects shell or json, got 'yaml'"],
    [['--entity', 'not a ref'], '--entity expects an entity ref'],
    [['--max-tokens', '10'], "Unknown option '--max-tokens'"],
  ])('refuses %j with the usage', (args, message) => {
    const error = errorOf(() => parseTelemetryEnvOptions(args, env));
    expect(error.message).toContain(message);
    expect(error.message).toContain('Usage: agent-context telemetry-env');
  });
});
