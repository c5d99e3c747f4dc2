import pluginVue from 'eslint-plugin-vue';
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript';

// No imports from one feature (src/features/X) into another: what two features share lives in src/shared/.
// A relative path that climbs out of its own feature folder lands among the other features, so for a file
// `depth` folders below its feature, `../` taken depth + 1 times and then a name is another feature.
const crossFeature = (depth) => ({
  files: [`src/features/*/${'*/'.repeat(depth)}*.{ts,vue}`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        {
          regex: `^(\\.\\./){${depth + 1}}(?!\\.\\./)`,
          message: 'Import nothing from another feature; move what both need to src/shared/.',
        },
        { regex: '(^|/)features/', message: 'Import nothing from another feature; move what both need to src/shared/.' },
      ],
    }],
  },
});

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'src/shared/api/schema.d.ts', 'node_modules/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      // Templates are formatted by hand for reading; these layout rules only fight that.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/multi-word-component-names': 'off',
    },
  },
  ...[0, 1, 2, 3].map(crossFeature),
  {
    // Shared code serves the features; it never reaches into one.
    files: ['src/shared/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)features/', message: 'src/shared/ must not import from a feature.' }],
      }],
    },
  },
);
