/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

interface ImportMetaEnv {
  /** Keycloak realm URL the SPA signs in with, e.g. http://localhost:8180/realms/zongshu. */
  readonly VITE_OIDC_AUTHORITY?: string;
}
