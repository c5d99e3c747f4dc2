// Calls of the API under test (API_URL) for the end-to-end tests.
export const api = process.env.API_URL ?? 'http://localhost:8080';

/** A JSON call: the status, the ETag and the parsed body (null when there is none, text when not JSON). */
export async function call(method, path, { bearer, body, ifMatch, headers = {} } = {}) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: {
      ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(ifMatch ? { 'If-Match': ifMatch } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json');
  return { status: response.status, etag: response.headers.get('etag'), headers: response.headers,
    body: !text ? null : json ? JSON.parse(text) : text };
}
