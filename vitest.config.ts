import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    // vitest's default is one worker fewer than the cores: on the 2-core machines of CI and the team
    // that is one, and the suite ran serially (118 s against 74 s with two, measured).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Worker threads start and import faster than child processes: 60 s against 75 s for the suite here
    // (measured; three workers were slower, 68 s). No test changes the working folder.
    pool: 'threads',
    // Colour off for every spawned CLI, whatever the terminal.
    env: { NO_COLOR: '1', FORCE_COLOR: '0' },
    // A CommonJS module's default import is its module.exports, as in Node (the generated validators rely on it).
    deps: { interopDefault: false },
  },
});
