import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// The API runs separately (scripts/run: http://localhost:8080); the dev server and the preview
// server pass /api through to it, so the SPA always calls its own origin.
const api = process.env.ZONGSHU_API_URL ?? 'http://localhost:8080';
const keycloak = process.env.ZONGSHU_KEYCLOAK_URL ?? 'http://localhost:8180';

export default defineConfig({
  plugins: [vue()],
  server: { port: 5173, proxy: { '/api': api } },
  // The same security headers as frontend/nginx.conf; sign-in calls go to Keycloak.
  preview: {
    port: 5173,
    proxy: { '/api': api },
    headers: {
      'Content-Security-Policy': [
        "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
        "font-src 'self' data:", `connect-src 'self' ${keycloak}`, `frame-src ${keycloak}`, "frame-ancestors 'none'",
        "base-uri 'self'", "form-action 'self'", "object-src 'none'",
      ].join('; '),
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: { environment: 'jsdom' },
});
