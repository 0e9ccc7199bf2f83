import { ResponseError } from '@backstage/errors';

/** The error the client rejects with when the backend answers `status`. */
export function responseErrorOf(
  status: number,
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'SomeError', message },
        response: { statusCode: status },
      }),
      {
        status,
        headers: { 'content-type': 'application/json' },
      },
    ),
  );
}
