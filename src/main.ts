// plancheck as a process: its arguments, environment, folder and streams; the exit code set once.
import { runCli } from './cli.js';
import { EXIT } from './errors.js';

/** The working folder; undefined when it was deleted. */
function workingFolder(): string | undefined {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

// A reader that stops early (plancheck list | head) closes the pipe: that is its right, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? EXIT.ok);
});

runCli(process.argv, { env: process.env, cwd: workingFolder(), now: Date.now(), stdout: process.stdout, stderr: process.stderr, from: import.meta.url }).then((code) => {
  process.exitCode = code;
});
