import { execFileSync } from 'node:child_process';
import {
  asExportLines,
  encodeAttributeValue,
  shellQuote,
  telemetryEnvironment,
  TOKEN_PLACEHOLDER,
} from './telemetryEnvironment';

describe('telemetryEnvironment', () => {
  it('points the OTLP exporters at the portal and attributes what they send', () => {
    expect(
      telemetryEnvironment({
        apiUrl: 'https://portal.example.com/api/agent-context',
        token: 'abc.def',
        entityRef: 'component:default/cart',
        repositoryUrl: 'git@github.com:example/shop.git',
        team: 'group:default/web-team',
      }),
    ).toEqual({
      CLAUDE_CODE_ENABLE_TELEMETRY: '1',
      OTEL_METRICS_EXPORTER: 'otlp',
      OTEL_LOGS_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_ENDPOINT:
        'https://portal.example.com/api/agent-context/v1/otlp',
      OTEL_EXPORTER_OTLP_HEADERS: 'Authorization=Bearer abc.def',
      OTEL_RESOURCE_ATTRIBUTES:
        'backstage.entity_ref=component:default/cart,vcs.repository.url.full=git@github.com:example/shop.git,team.id=group:default/web-team',
    });
  });

  it('holds a placeholder for a missing token, and leaves out what it does not know', () => {
    const environment = telemetryEnvironment({
      apiUrl: 'http://localhost:7007/api/agent-context',
      repositoryUrl: 'https://github.com/example/shop.git',
    });

    expect(environment.OTEL_EXPORTER_OTLP_HEADERS).toBe(
      `Authorization=Bearer ${TOKEN_PLACEHOLDER}`,
    );
    expect(environment.OTEL_RESOURCE_ATTRIBUTES).toBe(
      'vcs.repository.url.full=https://github.com/example/shop.git',
    );
    expect(
      telemetryEnvironment({ apiUrl: 'http://localhost:7007' }),
    ).not.toHaveProperty('OTEL_RESOURCE_ATTRIBUTES');
  });
});

describe('encodeAttributeValue', () => {
  it('percent-encodes what would break the attribute list, and nothing else', () => {
    expect(encodeAttributeValue('https://github.com/a/b.git')).toBe(
      'https://github.com/a/b.git',
    );
    expect(encodeAttributeValue('Web Team, "north"; 100% é\\')).toBe(
      'Web%20Team%2C%20%22north%22%3B%20100%25%20%C3%A9%5C',
    );
    expect(decodeURIComponent(encodeAttributeValue('a,b=c d'))).toBe(
      'a,b=c d',
    );
  });
});

describe('asExportLines', () => {
  it('quotes what a shell would split or expand, so that eval gives the values back', () => {
    const environment = {
      PLAIN: 'component:default/cart',
      SPACED: TOKEN_PLACEHOLDER,
      TRICKY: `it's $HOME and \`date\``,
    };
    const lines = asExportLines(environment);

    expect(lines).toBe(
      [
        'export PLAIN=component:default/cart',
        `export SPACED=${shellQuote(TOKEN_PLACEHOLDER)}`,
        `export TRICKY='it'\\''s $HOME and \`date\`'`,
        '',
      ].join('\n'),
    );
    const printed = execFileSync(
      'sh',
      ['-c', `${lines}printf '%s\\n' "$PLAIN" "$SPACED" "$TRICKY"`],
      { encoding: 'utf8', env: {} },
    );
    expect(printed).toBe(`${Object.values(environment).join('\n')}\n`);
  });
});
