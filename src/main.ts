// plancheck as a process: its arguments, environment, folder and streams; the exit code set once.
import { runCli } from './cli.js';
import { EXIT } from './errors.js';
import { runLanguage } from './language.js';
import { outputErrorIn } from './messages/outputError.js';

/** The working folder; undefined when it was deleted. */
function workingFolder(): string | undefined {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

// A reader that stops early (plancheck list | head) closes the pipe: that is its right, not an error.
// Any other failure of standard output (/dev/full: ENOSPC) is one line and exit 2, not a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') {
    const { lang } = runLanguage(process.argv.slice(2), process.env);
    process.stderr.write(`plancheck: ${outputErrorIn(lang)(lang === 'zh' ? '标准输出' : 'standard output', e.code ?? 'EIO')}\n`);
    process.exit(EXIT.input);
  }
  process.exit(process.exitCode ?? EXIT.ok);
});

runCli(process.argv, { env: process.env, cwd: workingFolder(), now: Date.now(), stdout: process.stdout, stderr: process.stderr, from: import.meta.url }).then((code) => {
  process.exitCode = code;
});
