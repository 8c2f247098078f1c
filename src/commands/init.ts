// init: the files a county needs to start, written where they are missing; an existing file is kept.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { scaffold, type County } from '../init/scaffold.js';
import { packageRoot, schemasFrom } from '../packageRoot.js';
import type { Output } from './output.js';
import { VERSION } from '../version.js';

export interface InitOptions {
  county: string;
  name: string;
  city?: string;
}

/** The README's CI example, without the comment that says to copy it. */
const workflow = (root: string): string => readFileSync(join(root, 'examples/plancheck-workflow.yml'), 'utf8').replace(/^(#.*\n)+/, '');

export function initCommand(opts: InitOptions, cwd: string): Output {
  if (!/^[a-z][a-z0-9-]*$/.test(opts.county)) throw new UsageError(`--county must be a pinyin slug of lower-case letters, digits and dashes (gaoping), not "${opts.county}"`);
  const county: County = { id: opts.county, name: opts.name, ...(opts.city ? { city: opts.city } : {}) };
  const root = packageRoot();
  const lines: string[] = [];
  for (const file of scaffold(county, schemasFrom(cwd, root), workflow(root))) {
    const full = join(cwd, file.path);
    mkdirSync(dirname(full), { recursive: true });
    try {
      writeFileSync(full, file.text, { flag: 'wx' }); // never over an existing file, even one made meanwhile
      lines.push(`created ${file.path}`);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`cannot write ${file.path}: ${(e as Error).message}`);
      lines.push(`kept    ${file.path} (it exists; not overwritten)`);
    }
  }
  const tarball = `plancheck-${VERSION}.tgz`;
  lines.push('', 'Next:',
    '  1. plancheck in the repository, from its tarball (CI installs this file; no registry needed):',
    `       mkdir -p vendor && cp <where you keep it>/${tarball} vendor/`,
    `       npm install --save-dev ./vendor/${tarball}`,
    `  2. before draft, the units: in plans/${county.id}/units.yaml, uncomment and correct every`,
    '     department your notices name (draft offers those it finds missing, to confirm)',
    "  3. copy each notice's text to sources/, then",
    `       plancheck draft sources/<notice>.txt --county ${county.id} --year <year> \\`,
    `           --output plans/${county.id}/`,
    '  4. plancheck validate    # every TODO left to a person, until none is left');
  return { stdout: `${lines.join('\n')}\n`, exitCode: 0 };
}
