// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

/** The lint rule of eslint.config.js that keeps features apart, run on code it must refuse and code it must allow. */
const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

async function restricted(file: string, from: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, { filePath: file });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('the feature boundary lint rule', () => {
  // The first lint loads the whole config (TypeScript, Vue): seconds on a busy machine.
  it('refuses an import from another feature, at any depth and however the path is written', { timeout: 60_000 }, async () => {
    expect(await restricted('src/features/dashboard/Probe.ts', '../review/charts')).toBe(true);
    expect(await restricted('src/features/dashboard/Probe.ts', '../../features/review/charts')).toBe(true);
    expect(await restricted('src/features/review/components/Probe.ts', '../../dashboard/countyComparison')).toBe(true);
    expect(await restricted('src/features/a/b/c/Probe.ts', '../../../b/x')).toBe(true);
    expect(await restricted('src/shared/ui/Probe.ts', '../../features/review/charts')).toBe(true);
  });

  it('allows imports within a feature, from shared and from app', async () => {
    expect(await restricted('src/features/dashboard/Probe.ts', './countyComparison')).toBe(false);
    expect(await restricted('src/features/review/components/Probe.ts', '../charts')).toBe(false);
    expect(await restricted('src/features/dashboard/Probe.ts', '../../shared/format/figureFormat')).toBe(false);
    expect(await restricted('src/features/review/components/Probe.ts', '../../../shared/api/client')).toBe(false);
    expect(await restricted('src/features/a/b/c/Probe.ts', '../../../../shared/x')).toBe(false);
    expect(await restricted('src/app/Probe.ts', '../features/review/ReviewPage.vue')).toBe(false);
  });
});
