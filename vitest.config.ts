import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Colour off for every spawned CLI, whatever the terminal.
    env: { NO_COLOR: '1', FORCE_COLOR: '0' },
    // A CommonJS module's default import is its module.exports, as in Node (the generated validators rely on it).
    deps: { interopDefault: false },
  },
});
