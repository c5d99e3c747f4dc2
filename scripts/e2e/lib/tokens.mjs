// Tokens from the real Keycloak (KEYCLOAK_URL) for the end-to-end tests and the fault scripts.
import assert from 'node:assert/strict';

const keycloak = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
export const tokenUrl = `${keycloak}/realms/zongshu/protocol/openid-connect/token`;

/** An access token for the form's grant; fails the test with Keycloak's answer when there is none. */
export async function token(form) {
  const response = await fetch(tokenUrl, { method: 'POST', body: new URLSearchParams(form) });
  const body = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  return body.access_token;
}

/** A demo account's token, through the password grant of the test client (one argument: usable in map). */
export const login = (username) => loginThrough('zongshu-test', username);

/** A demo account's token, through the password grant of another client. */
export const loginThrough = (clientId, username) =>
  token({ grant_type: 'password', client_id: clientId, username, password: 'zongshu-demo' });

/** A service client's token (a county office's script), through the client credentials grant. */
export const serviceToken = (clientId, secret) =>
  token({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret });
