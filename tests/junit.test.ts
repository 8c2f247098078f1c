// check's JUnit XML holds task titles and texts with & < > " ' as they are: read back by a strict reader,
// every attribute and text is the one written.
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE, runGate } from '../src/check/gate.js';
import { evaluate } from '../src/engine/evaluate.js';
import { indexStatus } from '../src/engine/statusIndex.js';
import { renderJunit } from '../src/render/check/junit.js';
import type { StatusFile } from '../src/model.js';
import { projectOf } from './helpers/project.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] as string);

/** A strict reader of the XML JUnit writes (elements, attributes, text; no comments or CDATA): a raw `<`
 * or `&` in text or an attribute value is an error, as in any XML parser; stricter than XML, so is a raw
 * `>`, `"` or `'`, which the writer escapes everywhere too. */
function readXml(xml: string): Element {
  const TEXT = /^(?:[^<&>"']|&(?:amp|lt|gt|quot|apos);)*/;
  const ATTR = /^\s+([\w:-]+)="((?:[^<&>"']|&(?:amp|lt|gt|quot|apos);)*)"/;
  let at = xml.indexOf('?>') + 2;
  const fail = (what: string): never => { throw new Error(`${what} at ${at}: ${xml.slice(at, at + 40)}`); };
  const element = (): Element => {
    const open = /^\s*<([\w:-]+)/.exec(xml.slice(at)) ?? fail('no element');
    at += open[0].length;
    const e: Element = { name: open[1] as string, attributes: {}, text: '', children: [] };
    for (let a = ATTR.exec(xml.slice(at)); a; a = ATTR.exec(xml.slice(at))) {
      e.attributes[a[1] as string] = decode(a[2] as string);
      at += a[0].length;
    }
    if (xml.startsWith('/>', at)) return (at += 2), e;
    if (!xml.startsWith('>', at)) fail('bad attribute');
    at += 1;
    for (;;) {
      const text = TEXT.exec(xml.slice(at))?.[0] ?? '';
      e.text += decode(text);
      at += text.length;
      if (xml.startsWith(`</${e.name}>`, at)) return (at += e.name.length + 3), e;
      if (!xml.startsWith('<', at) || xml.startsWith('</', at)) fail('bad text or closing tag');
      e.children.push(element());
    }
  };
  const root = element();
  if (xml.slice(at).trim() !== '') fail('text after the document');
  return root;
}

const TITLE = `A & B <c> "d" 'e'`;
const TEXT = `完成 <VOCs> & "治理" 'x' 3 > 2 & 1 < 2`;

describe('check --format junit', () => {
  it(`keeps & < > " ' in titles and texts: parsed back, they read as written`, () => {
    const { project, refs } = projectOf(
      { id: `p&<"'>`, county: 'c', title: 't', category: 'air', year: 2021, period: { start: '2021-01-01', end: '2021-12-31' }, document: { number: 'n', issuer: 'i', date: '2021-01-01', file: 'f' }, tasks: [] },
      [{ id: 'T1', title: TITLE, text: TEXT, source: { body: { section: ['一'], item: '1' } }, units: { responsible: ['u'] }, milestones: [{ id: 'm1', statements: [{ source: 'body', kind: 'by', due: '2021-06-30', phrase: '6月底前' }] }] }],
    );
    const items = evaluate(refs, indexStatus({} as StatusFile, project, '2021-07-10'), { asOf: '2021-07-10', soonDays: 7 });
    const result = runGate(items, () => ({ file: '/x/plans/c/a&b.yaml', line: 3, column: 1 }), DEFAULT_GATE);
    const xml = renderJunit({ result, project, asOf: '2021-07-10', cwd: '/x', color: false, lang: 'en', limit: 0, taskText: () => TEXT, width: 100, wrap: false });
    const root = readXml(xml);
    const suite = root.children[0] as Element;
    const testcase = suite.children.find((c) => c.name === 'testcase') as Element;
    const failure = testcase.children[0] as Element;
    expect(suite.attributes.name).toBe(`p&<"'>`);
    expect(testcase.attributes.name).toBe(`T1 m1 ${TITLE}`);
    expect(testcase.attributes.classname).toBe(`p&<"'>`);
    expect(failure.name).toBe('failure');
    // The strict Ant schema has no file attribute on a testcase: the place opens the failure's text.
    expect(failure.text).toBe(`plans/c/a&b.yaml:3\n${TEXT}`);
    expect(failure.attributes.message).toContain('T1 m1');
  });

  it('the reader refuses what is not escaped', () => {
    expect(() => readXml('<?xml version="1.0"?>\n<a>x & y</a>')).toThrow();
    expect(() => readXml('<?xml version="1.0"?>\n<a b="x"y"></a>')).toThrow();
    expect(() => readXml('<?xml version="1.0"?>\n<a>1 < 2</a>')).toThrow();
    expect(() => readXml('<?xml version="1.0"?>\n<a>2 > 1</a>')).toThrow();
    expect(() => readXml("<?xml version=\"1.0\"?>\n<a b=\"it's\"></a>")).toThrow();
    expect(readXml('<?xml version="1.0"?>\n<a b="&quot;&apos;">&lt;&amp;&gt;</a>')).toEqual({ name: 'a', attributes: { b: `"'` }, text: '<&>', children: [] });
  });
});
