/**
 * The signed-in user's access token, kept outside the store so the API client can read it without
 * importing the session (and oidc-client-ts) into every page.
 */
let current: string | undefined;

export function accessToken(): string | undefined {
  return current;
}

export function setAccessToken(token: string | undefined): void {
  current = token;
}
