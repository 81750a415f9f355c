import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Tools that load these files read their default export; everything else uses named exports.
const configFiles = [
  '**/*.config.*',
  'electron.vite.config.ts',
  'eslint.config.mjs',
  'playwright.config.ts',
  'vite.web.config.mts',
  'vitest.config.mts',
  'bench/vitest.config.mts',
];

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'crypto', 'child_process'];

/** zod only through shared/zod.ts, which sets it up for the pages' CSP before any schema runs. */
const zodThroughShared = ['zod', 'zod/v4', 'zod/mini', 'zod/v4/core'].map((name) => ({
  name,
  message: "Import z from shared/zod.ts (it makes zod CSP-safe), not from 'zod'.",
}));

/** Import boundaries between the layers (see STYLE.md): arrows point down only. */
const boundaries = {
  shared: {
    patterns: [
      {
        group: ['react', 'react-*', 'react/*', 'electron', 'dexie', 'dexie-*', ...nodeBuiltins],
        message: 'shared/ is pure: no react, electron, dexie or node.',
      },
      {
        group: ['**/renderer/**', '**/electron/**'],
        message: 'shared/ may not import the layers above it.',
      },
    ],
    paths: zodThroughShared,
  },
  renderer: {
    patterns: [
      {
        group: ['electron', ...nodeBuiltins],
        message: 'The renderer runs sandboxed: no electron or node.',
      },
      { group: ['**/electron/**'], message: 'renderer/ and electron/ never import each other.' },
    ],
    paths: zodThroughShared,
  },
  electron: {
    patterns: [
      {
        group: ['**/renderer/**', 'react', 'react-dom', 'dexie'],
        message: 'renderer/ and electron/ never import each other.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Named exports only (STYLE.md): one name per thing, so imports and renames stay greppable.
      'no-restricted-exports': [
        'error',
        {
          restrictDefaultExports: {
            direct: true,
            named: true,
            defaultFrom: true,
            namedFrom: true,
            namespaceFrom: true,
          },
        },
      ],
    },
  },
  { files: configFiles, rules: { 'no-restricted-exports': 'off' } },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', boundaries.shared],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'require',
      ],
    },
  },
  // The one place that imports zod itself.
  { files: ['shared/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', boundaries.renderer],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', boundaries.electron] },
  },
  {
    // The session server is plain Node: it runs and is tested without Electron.
    files: ['electron/session/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...boundaries.electron.patterns,
            {
              group: ['electron', 'electron/*'],
              message: 'electron/session is plain Node: it must run without Electron.',
            },
          ],
        },
      ],
    },
  },
  {
    // The sandboxed preload may require only 'electron': no schema library, no Node modules.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...boundaries.electron.patterns,
            {
              group: ['zod', 'zod/*', ...nodeBuiltins, '**/ipc/schemas', '**/ipc/contract'],
              message:
                'The sandboxed preload may require only electron: import ipc/channels and ipc/types.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', '*.{mts,mjs,ts}', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
