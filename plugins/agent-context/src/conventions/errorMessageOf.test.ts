import { ResponseError } from '@backstage/errors';
import { errorMessageOf } from './errorMessageOf';

describe('errorMessageOf', () => {
  it("gives the backend's message of a failed request", async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'InputError',
            message: 'Invalid convention: title is required',
          },
          request: { method: 'POST', url: '/v1/conventions/global' },
          response: { statusCode: 400 },
        }),
        { status: 400, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    expect(errorMessageOf(error)).toBe('Invalid convention: title is required');
  });

  it('gives the message of any other error', () => {
    expect(errorMessageOf(new Error('Network down'))).toBe('Network down');
    expect(errorMessageOf('odd')).toBe('odd');
  });
});
