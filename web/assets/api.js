// Same-origin fetch wrapper for the Assist REST API: JSON in and out, failures thrown as ApiError.

/** A failed API call: `code` is the server's stable error code, `status` the HTTP status (0 when offline). */
export class ApiError extends Error {
  constructor(status, code, message, retryAfter = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    /** Seconds to wait before retrying, from the Retry-After header, or null. */
    this.retryAfter = retryAfter;
  }
}

async function toError(response) {
  let code = 'http_error';
  let message = response.statusText;
  try {
    const body = await response.json();
    if (typeof body?.code === 'string') code = body.code;
    if (typeof body?.message === 'string') message = body.message;
  } catch {
    // Not JSON (a proxy's error page, say): keep the status text.
  }
  const retry = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return new ApiError(response.status, code, message, Number.isFinite(retry) ? retry : null);
}

/**
 * Calls the API: `body` is sent as JSON unless it is a Blob (sent as is, with `contentType`).
 * Answers the parsed JSON (a Blob for other content), or null for 204; throws ApiError.
 */
export async function request(method, path, body, contentType) {
  const headers = { Accept: 'application/json' };
  let payload;
  if (body instanceof Blob) {
    payload = body;
    headers['Content-Type'] = contentType || body.type || 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (err) {
    throw new ApiError(0, 'network_error', String(err?.message ?? err));
  }
  if (!response.ok) throw await toError(response);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('json') ? response.json() : response.blob();
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body) => request('POST', path, body),
  put: (path, body, contentType) => request('PUT', path, body, contentType),
  patch: (path, body) => request('PATCH', path, body),
  del: (path) => request('DELETE', path),
};
