import request from 'supertest';
import { ExamplePortal } from './startExamplePortal';

/** The HTTP status an error of each kind answers with, and MCP reports by name. */
const STATUS_OF_ERROR: Record<string, number> = {
  InputError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
};

/** What an MCP request came to, in HTTP terms. */
export interface McpOutcome {
  /**
   * The HTTP status, or for a tool that failed inside a 200 the status its
   * error would have had over HTTP (500 for a JSON-RPC error, which is what
   * MCP makes of an unexpected one).
   */
  status: number;
  /** The JSON-RPC result, when there is one. */
  result?: {
    tools?: Array<{ name: string }>;
    isError?: boolean;
    content?: Array<{ type: string; text: string }>;
    structuredContent?: unknown;
  };
  /** The error text: Backstage's message, the tool's or the JSON-RPC one. */
  message?: string;
}

/**
 * One JSON-RPC request to the portal's MCP endpoint, as a stateless client
 * sends it, without the SDK: the SDK cannot report the HTTP status of a
 * refused connection, which is what tests of access need.
 */
export async function callMcp(
  server: ExamplePortal,
  authorization: string | undefined,
  method: 'tools/list' | 'tools/call',
  params?: { name: string; arguments: unknown },
): Promise<McpOutcome> {
  let call = request(server)
    .post('/api/mcp-actions/v1')
    .set('Accept', 'application/json, text/event-stream')
    .send({ jsonrpc: '2.0', id: 1, method, ...(params ? { params } : {}) });
  if (authorization) {
    call = call.set('Authorization', authorization);
  }
  const response = await call;
  if (response.status !== 200) {
    return { status: response.status, message: response.body?.error?.message };
  }
  // A stateless server answers with one server-sent event.
  const data = response.text
    .split('\n')
    .find(line => line.startsWith('data: '));
  const message = JSON.parse(data?.slice('data: '.length) ?? '{}');
  if (message.error) {
    return { status: 500, message: message.error.message };
  }
  const result = message.result;
  if (!result?.isError) {
    return { status: 200, result };
  }
  const text: string = result.content?.[0]?.text ?? '';
  const name = text.split(':')[0];
  return { status: STATUS_OF_ERROR[name] ?? 500, result, message: text };
}
