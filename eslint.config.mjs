import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Plain <a> links on purpose: pages are server-rendered documents, and next/link's client
    // router would add ~6 KB of JavaScript to every page (see the budgets in the README).
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    // The desk's body editor as bundled by npm run assets (its sources are client/desk-editor/).
    'desk-assets/**',
  ]),
]);
