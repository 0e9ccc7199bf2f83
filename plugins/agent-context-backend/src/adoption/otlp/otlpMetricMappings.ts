import { AdoptionMetric } from '@agent-context/plugin-agent-context-common';
import { OtlpAttributes, stringAttribute } from './otlpAttributes';

/** What one data point of a known metric feeds. */
export interface OtlpMetricReading {
  /** The figure a sum's value, or a histogram's sum, adds to. */
  value?: AdoptionMetric;
  /** Multiplies the value first (seconds to milliseconds). */
  scale?: number;
  /** The figure a histogram's count adds to. */
  count?: AdoptionMetric;
  tool?: string;
  model?: string;
  provider?: string;
}

/** How a known metric is read; `undefined` for a point whose attributes say nothing we count. */
export interface OtlpMetricMapping {
  /** The OTLP data types this metric may come as. */
  kinds: Array<'sum' | 'histogram'>;
  read(attributes: OtlpAttributes): OtlpMetricReading | undefined;
}

const CLAUDE_CODE = 'claude-code';

/** A Claude Code counter whose points all add to one figure. */
const claudeCode = (
  value: AdoptionMetric,
  withModel = false,
): OtlpMetricMapping => ({
  kinds: ['sum'],
  read: attributes => ({
    value,
    tool: CLAUDE_CODE,
    model: withModel ? stringAttribute(attributes, 'model') : undefined,
  }),
});

/** A Claude Code counter whose points add to the figure an attribute names. */
const claudeCodeBy = (
  key: string,
  figures: Record<string, AdoptionMetric>,
  withModel = false,
): OtlpMetricMapping => ({
  kinds: ['sum'],
  read: attributes => {
    const value = figures[String(attributes[key] ?? '')];
    return value
      ? {
          value,
          tool: CLAUDE_CODE,
          model: withModel ? stringAttribute(attributes, 'model') : undefined,
        }
      : undefined;
  },
});

const genAiDimensions = (attributes: OtlpAttributes) => ({
  provider: stringAttribute(
    attributes,
    'gen_ai.provider.name',
    'gen_ai.system',
  ),
  model: stringAttribute(
    attributes,
    'gen_ai.request.model',
    'gen_ai.response.model',
  ),
});

/** `gen_ai.token.type` values, with the deprecated prompt and completion. */
const GEN_AI_TOKEN_TYPES: Record<string, AdoptionMetric> = {
  input: 'tokensIn',
  prompt: 'tokensIn',
  output: 'tokensOut',
  completion: 'tokensOut',
};

/** A deprecated per-direction token metric, as a counter or a histogram. */
const genAiUsage = (value: AdoptionMetric): OtlpMetricMapping => ({
  kinds: ['sum', 'histogram'],
  read: attributes => ({ value, ...genAiDimensions(attributes) }),
});

/**
 * The metrics the receiver counts, by OTLP name; the plugin README has the
 * same table for people. Cost and tokens of Claude Code come from its
 * metrics only, requests and durations from its api_request events only
 * (see mapOtlpLogs), so that the two signals never count one request twice.
 */
export const OTLP_METRIC_MAPPINGS: Record<string, OtlpMetricMapping> = {
  'claude_code.session.count': claudeCode('sessions'),
  'claude_code.lines_of_code.count': claudeCodeBy('type', {
    added: 'linesAdded',
    removed: 'linesRemoved',
  }),
  'claude_code.pull_request.count': claudeCode('pullRequests'),
  'claude_code.commit.count': claudeCode('commits'),
  'claude_code.cost.usage': claudeCode('cost', true),
  'claude_code.token.usage': claudeCodeBy(
    'type',
    {
      input: 'tokensIn',
      output: 'tokensOut',
      cacheRead: 'cacheReadTokens',
      cacheCreation: 'cacheWriteTokens',
    },
    true,
  ),
  // tool_name and language stay out: the rollups' dimensions are tool,
  // model and provider, and the editing tool is not the coding agent.
  'claude_code.code_edit_tool.decision': claudeCodeBy('decision', {
    accept: 'editsAccepted',
    reject: 'editsRejected',
  }),
  'claude_code.active_time.total': claudeCode('activeSeconds'),
  'gen_ai.client.token.usage': {
    kinds: ['histogram'],
    read: attributes => {
      const value =
        GEN_AI_TOKEN_TYPES[String(attributes['gen_ai.token.type'] ?? '')];
      if (!value) {
        return undefined;
      }
      // Every request records its input tokens once, so the input
      // histogram's count is the number of requests.
      return {
        value,
        count: value === 'tokensIn' ? 'requests' : undefined,
        ...genAiDimensions(attributes),
      };
    },
  },
  'gen_ai.client.operation.duration': {
    kinds: ['histogram'],
    read: attributes => ({
      value: 'durationMs',
      scale: 1000,
      ...genAiDimensions(attributes),
    }),
  },
  'gen_ai.usage.input_tokens': genAiUsage('tokensIn'),
  'gen_ai.usage.output_tokens': genAiUsage('tokensOut'),
  'gen_ai.usage.prompt_tokens': genAiUsage('tokensIn'),
  'gen_ai.usage.completion_tokens': genAiUsage('tokensOut'),
};
