import { defineStore } from 'pinia';
import type { User, UserManager } from 'oidc-client-ts';
import { api, must, type Schemas } from '../api/client';
import { setAccessToken } from './token';

export type Caller = Schemas['Caller'];
export type Role = 'county-clerk' | 'city-reviewer' | 'admin';

/** Keycloak's realm for this build; scripts/run sets it from the Keycloak it starts. */
const authority = import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/zongshu';

let manager: Promise<UserManager> | undefined;

// Set while this tab holds a session, so a reader who never signed in never loads oidc-client-ts.
const SIGNED_IN = 'zongshu.signedIn';

/** oidc-client-ts is loaded on first use, so readers of the review never download it. */
function userManager(): Promise<UserManager> {
  manager ??= import('oidc-client-ts').then(({ UserManager, WebStorageStateStore }) => {
    const origin = globalThis.location.origin;
    const created = new UserManager({
      authority,
      client_id: 'zongshu-spa',
      redirect_uri: `${origin}/auth/callback`,
      post_logout_redirect_uri: `${origin}/`,
      response_type: 'code', // authorization code with PKCE (oidc-client-ts always sends a challenge)
      scope: 'openid',
      automaticSilentRenew: true, // with Keycloak's refresh token, no hidden iframe
      userStore: new WebStorageStateStore({ store: globalThis.sessionStorage }),
    });
    created.events.addUserLoaded((user) => setAccessToken(user.access_token));
    created.events.addUserUnloaded(() => setAccessToken(undefined));
    created.events.addAccessTokenExpired(() => setAccessToken(undefined));
    return created;
  });
  return manager;
}

/**
 * Who is signed in. The roles and unit come from the API's /me, so the screens show exactly what the
 * server will allow.
 */
export const useSession = defineStore('session', {
  state: () => ({
    status: 'unknown' as 'unknown' | 'anonymous' | 'signed-in',
    caller: undefined as Caller | undefined,
  }),
  getters: {
    isClerk: (s) => !!s.caller?.roles.includes('county-clerk'),
    isReviewer: (s) => !!s.caller?.roles.some((r) => r === 'city-reviewer' || r === 'admin'),
  },
  actions: {
    /** Picks up a session kept in this tab (sessionStorage) after a reload. */
    async restore(): Promise<void> {
      if (this.status !== 'unknown') return;
      if (!globalThis.sessionStorage?.getItem(SIGNED_IN)) {
        this.status = 'anonymous';
        return;
      }
      const users = await userManager();
      let user = await users.getUser();
      // An access token that ran out while the tab slept is renewed with the refresh token.
      if (user?.expired && user.refresh_token) user = await users.signinSilent().catch(() => null);
      await this.adopt(user);
    },
    /** Goes to Keycloak's login page; comes back to returnTo. */
    async signIn(returnTo: string): Promise<void> {
      await (await userManager()).signinRedirect({ state: { returnTo } });
    },
    /** Finishes the code exchange on /auth/callback; answers where the user wanted to go. */
    async completeSignIn(): Promise<string> {
      const user = await (await userManager()).signinRedirectCallback();
      await this.adopt(user);
      const state = user.state as { returnTo?: string } | undefined;
      return state?.returnTo?.startsWith('/') ? state.returnTo : '/';
    },
    async signOut(): Promise<void> {
      const users = await userManager();
      const user = await users.getUser();
      setAccessToken(undefined);
      globalThis.sessionStorage?.removeItem(SIGNED_IN);
      this.$patch({ status: 'anonymous', caller: undefined });
      await users.removeUser();
      if (user) await users.signoutRedirect({ id_token_hint: user.id_token });
    },
    async adopt(user: User | null): Promise<void> {
      if (!user || user.expired) {
        globalThis.sessionStorage?.removeItem(SIGNED_IN);
        setAccessToken(undefined);
        this.$patch({ status: 'anonymous', caller: undefined });
        return;
      }
      setAccessToken(user.access_token);
      globalThis.sessionStorage?.setItem(SIGNED_IN, '1');
      this.$patch({ status: 'signed-in', caller: must(await api.GET('/api/v1/me')) });
    },
  },
});
