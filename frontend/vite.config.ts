import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// The API runs separately (scripts/run: http://localhost:8080); the dev server and the preview
// server pass /api through to it, so the SPA always calls its own origin.
const api = process.env.ZONGSHU_API_URL ?? 'http://localhost:8080';
const keycloak = process.env.ZONGSHU_KEYCLOAK_URL ?? 'http://localhost:8180';

export default defineConfig({
  plugins: [vue()],
  // The manifest lets scripts/bundle-size.mjs measure what each page loads first.
  // ECharts is one lazy chunk of ~510 kB (175 kB gzip), loaded only beside charts; npm run size reports it.
  build: { manifest: true, chunkSizeWarningLimit: 600 },
  // The dev server sits beside scripts/run's preview on 5173; 5174 is a redirect URI of the realm's SPA client.
  server: { port: 5174, strictPort: true, proxy: { '/api': api } },
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
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    // Unit tests switch languages at will: both are there from the start (the app fetches English when chosen).
    setupFiles: ['src/app/bothLanguages.setup.ts'],
    // Element Plus imports its CSS from JavaScript: let Vite handle it rather than Node.
    server: { deps: { inline: ['element-plus'] } },
  },
});
