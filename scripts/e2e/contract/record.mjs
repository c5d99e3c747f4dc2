// Preloaded into every end-to-end test process (node --import): each call to the API goes through
// Prism's validating proxy (API_URL), and this notes what was asked and what came back, with the
// violations of the contract that Prism reports in its `sl-violations` header. coverage.check.mjs reads
// the notes afterwards. Requests that break the contract are sent on purpose; answers never may.
import { appendFileSync } from 'node:fs';

const log = process.env.CONTRACT_LOG;
const api = process.env.API_URL;
if (log && api) {
  const fetchFromNode = globalThis.fetch;
  globalThis.fetch = async (input, init = {}) => {
    const response = await fetchFromNode(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(api)) {
      const method = String(init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      const violations = JSON.parse(response.headers.get('sl-violations') ?? '[]');
      appendFileSync(log, JSON.stringify({
        method,
        path: new URL(url).pathname,
        status: response.status,
        responseViolations: violations.filter((v) => v.location?.[0] === 'response'),
      }) + '\n');
    }
    return response;
  };
}
