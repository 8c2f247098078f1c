// Every text of the data with a Chinese character (keys too: annex column names), and each line of the
// source notices (show quotes a passage line by line): verbatim, whatever the language of a run.
// Longest first, so that a text goes before the shorter texts inside it.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './cli.js';

import { plain } from '../../src/render/report/text.js';

export function verbatimTexts(...dataFiles: string[]): string[] {
  const texts = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') texts.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { texts.add(k); walk(x); }
  };
  const plans = fs.readdirSync(path.join(ROOT, 'plans'), { recursive: true }).map(String).filter((f) => f.endsWith('.yaml')).map((f) => path.join(ROOT, 'plans', f));
  for (const f of [...plans, ...dataFiles]) walk(parse(fs.readFileSync(f, 'utf8')));
  const sources = path.join(ROOT, 'sources');
  for (const f of fs.readdirSync(sources).filter((n) => n.endsWith('.txt'))) fs.readFileSync(path.join(sources, f), 'utf8').split('\n').forEach((l) => texts.add(l.trim()));
  // the text circular writes characters of ambiguous width otherwise (“ as 「): those forms are verbatim too
  for (const t of [...texts]) texts.add(plain(t));
  return [...texts].filter((t) => /[\u3000-\u9fff\uff00-\uffef]/.test(t)).sort((a, b) => b.length - a.length);
}
