// init: the files a county needs to start, written where they are missing; an existing file is kept.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { scaffold, type County } from '../init/scaffold.js';
import { packageRoot, schemasFrom } from '../packageRoot.js';
import type { Output } from './output.js';
import { VERSION } from '../version.js';
import type { Lang } from '../messages/labels.js';
import { RUN_WORDS } from '../messages/runs.js';

export interface InitOptions {
  county: string;
  name: string;
  city?: string;
}

/** The README's CI example, without the comment that says to copy it. */
const workflow = (root: string): string => readFileSync(join(root, 'examples/plancheck-workflow.yml'), 'utf8').replace(/^(#.*\n)+/, '');

export function initCommand(opts: InitOptions, cwd: string, lang: Lang = 'en'): Output {
  const w = RUN_WORDS[lang];
  if (!/^[a-z][a-z0-9-]*$/.test(opts.county)) throw new UsageError((w) => w.slug(opts.county));
  const county: County = { id: opts.county, name: opts.name, ...(opts.city ? { city: opts.city } : {}) };
  const root = packageRoot();
  const lines: string[] = [];
  for (const file of scaffold(county, schemasFrom(cwd, root), workflow(root))) {
    const full = join(cwd, file.path);
    mkdirSync(dirname(full), { recursive: true });
    try {
      writeFileSync(full, file.text, { flag: 'wx' }); // never over an existing file, even one made meanwhile
      lines.push(w.created(file.path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError((w) => w.cannotWrite(file.path, (e as Error).message));
      lines.push(w.kept(file.path));
    }
  }
  lines.push('', ...w.initNext(county.id, `plancheck-${VERSION}.tgz`));
  return { stdout: `${lines.join('\n')}\n`, exitCode: 0 };
}
