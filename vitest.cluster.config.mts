import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The deployment's failure tests (npm run test:cluster): one file at a time, real services. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/cluster/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
