import { ResponseError } from '@backstage/errors';
import { responseStatusOf } from './responseStatusOf';

describe('responseStatusOf', () => {
  it('reads the status of a response error and nothing else', async () => {
    const refused = await ResponseError.fromResponse(
      new Response(JSON.stringify({ error: { name: 'NotAllowedError' } }), {
        status: 403,
        statusText: 'Forbidden',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(responseStatusOf(refused)).toBe(403);
    expect(responseStatusOf(new Error('offline'))).toBeUndefined();
    expect(responseStatusOf(undefined)).toBeUndefined();
  });
});
