import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // Colour off for every spawned CLI, whatever the terminal.
    env: { NO_COLOR: '1', FORCE_COLOR: '0' },
  },
});
