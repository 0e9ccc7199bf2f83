import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ConnectorHttp, retryAfterMs } from './ConnectorHttp';

const server = setupServer();
const url = 'https://vendor.test/usage';

describe('ConnectorHttp', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  function answers(...responses: Array<() => Response>) {
    let calls = 0;
    server.use(
      http.get(url, () => responses[Math.min(calls++, responses.length - 1)]()),
    );
    return () => calls;
  }

  it('waits as long as Retry-After asks, in seconds or as a date, then retries', async () => {
    const waits: number[] = [];
    const calls = answers(
      () =>
        new HttpResponse(null, {
          status: 429,
          headers: { 'Retry-After': '7' },
        }),
      () =>
        new HttpResponse(null, {
          status: 503,
          headers: { 'Retry-After': 'Mon, 30 Nov 2026 12:00:30 GMT' },
        }),
      () => HttpResponse.json({ ok: true }),
    );
    const connectorHttp = ConnectorHttp.create({
      sleep: async ms => {
        waits.push(ms);
      },
      now: () => Date.parse('2026-11-30T12:00:00Z'),
    });

    await expect(connectorHttp.json(url)).resolves.toEqual({ ok: true });
    expect(waits).toEqual([7000, 30000]);
    expect(calls()).toBe(3);
  });

  it('caps the wait, and gives up after the last attempt', async () => {
    const waits: number[] = [];
    answers(
      () =>
        new HttpResponse(null, {
          status: 429,
          headers: { 'Retry-After': '86400' },
        }),
    );
    const connectorHttp = ConnectorHttp.create({
      maxAttempts: 3,
      maxWaitSeconds: 60,
      sleep: async ms => {
        waits.push(ms);
      },
    });

    await expect(connectorHttp.json(url)).rejects.toThrow(
      'GET https://vendor.test/usage still answered 429 after 3 attempts',
    );
    expect(waits).toEqual([60000, 60000]);
  });

  it('does not retry other errors, and names the URL without its query', async () => {
    const calls = answers(
      () => new HttpResponse('no', { status: 401, statusText: 'Unauthorized' }),
    );
    const connectorHttp = ConnectorHttp.create({ sleep: async () => {} });

    const error = await connectorHttp
      .text(`${url}?signature=s3cr3t`, {
        headers: { Authorization: 'Bearer t0ken' },
      })
      .catch(e => e);
    expect(error.message).toBe(
      'GET https://vendor.test/usage answered 401 Unauthorized',
    );
    expect(error.status).toBe(401);
    expect(calls()).toBe(1);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-30T12:00:00Z');

  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('120', now)).toBe(120000);
    expect(retryAfterMs('Mon, 30 Nov 2026 12:01:00 GMT', now)).toBe(60000);
    expect(retryAfterMs('Mon, 30 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
