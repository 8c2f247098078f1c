// A task's unit bracket (〔责任单位：…〕, （牵头单位：…；配合单位：…）): split off the text, split into
// roles and names, and each name matched to the county's registry.
import { closest } from '../closest.js';
import type { Role, Unit } from '../model.js';
import { fold } from '../trace/sourceText.js';

export interface Bracket {
  /** The task's text without the bracket. */
  text: string;
  /** The bracket's inside, verbatim: without the label where it names one role only (as encoders write unitsText). */
  unitsText?: string;
  names: Partial<Record<Role, string[]>>;
  /** The inside, where it names no role the reader knows. */
  unparsed?: string;
}

/** Where a labelled bracket opens: 〔责任单位：, （牵头单位：…; the conversion sometimes lost the 〔. */
const OPEN = /(?:[〔（(\[【]\s*|(?<![〔（(\[【]\s*))(?=(?:责\s*任|牵\s*头|配\s*合)\s*单\s*位\s*[:：])/g;
const ROLE: Record<string, Role> = { 责任单位: 'responsible', 牵头单位: 'lead', 配合单位: 'support' };


/** Names of units in a list: 、，, or 及 between them (and spaces, in annex cells); 等 and 按职责分工负责 at the end dropped. */
export const splitNames = (list: string, spaces = false): string[] =>
  list.split(spaces ? /[、，,；;\s]+|及(?=各)/ : /[、，,；;]+|及(?=各)/).map((n) => fold(n).replace(/等?(?:按职责分工)?负责$/, '').replace(/等$/, '')).filter(Boolean);

const LABELLED = /^(责任单位|牵头单位|配合单位)[:：](.*)$/;
/** X牵头，Y配合 / X负责 / X等按职责分工负责: a part of a bracket that names its role after the units. */
const SENTENCE = /^(.*?)(?:等)?(?:按职责分工)?(牵头|配合|负责)$/;
const SENTENCE_ROLE: Record<string, Role> = { 牵头: 'lead', 配合: 'support', 负责: 'responsible' };

/** Where the bracket that closes a paragraph opens, skipping brackets inside it (各乡（镇）人民政府). */
function closingBracket(paragraph: string): number | undefined {
  const text = paragraph.trimEnd();
  if (!/[）)]$/.test(text)) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '）' || c === ')') depth++;
    else if ((c === '（' || c === '(') && --depth === 0) return i;
  }
  return undefined;
}

/** Whether a paragraph ends with its units (so that the next line starts a paragraph of its own). */
export const namesUnits = (paragraph: string): boolean => splitBracket(paragraph).unitsText !== undefined;

export function splitBracket(paragraph: string): Bracket {
  // The last bracket that opens (牵头单位：…；配合单位：… is one bracket); where the 〔 was lost, the first label.
  const opens = [...paragraph.matchAll(OPEN)];
  const open = opens.filter((m) => m[0].length > 0).at(-1) ?? opens[0];
  const labelled = open?.index;
  const closing = labelled === undefined ? closingBracket(paragraph) : undefined;
  const start = labelled ?? closing;
  if (start === undefined) return { text: paragraph.trim(), names: {} };
  // The bracket closes the paragraph (〕, ）, or ] where the conversion misread it); a text after it is
  // not the task's.
  const rest = paragraph.slice(start + (open ? open[0].length : 1)).trim();
  const inside = /[〕）)\]】]$/.test(rest) ? rest.slice(0, -1).trim() : rest;
  const text = paragraph.slice(0, start).trim();
  const names: Partial<Record<Role, string[]>> = {};
  const parts = inside.split(labelled === undefined ? /[，,；;]/ : /[；;]/).filter((p) => fold(p));
  if (labelled === undefined && !SENTENCE.test(fold(parts.at(-1) ?? ''))) return { text: paragraph.trim(), names: {} }; // an aside, not units
  for (const part of parts) {
    const m = (labelled === undefined ? SENTENCE : LABELLED).exec(fold(part));
    const [list, word] = labelled === undefined ? [m?.[1], m?.[2]] : [m?.[2], m?.[1]];
    const role = word ? (ROLE[word] ?? SENTENCE_ROLE[word]) : undefined;
    if (!role) return { text, unitsText: inside, names, unparsed: inside };
    names[role] = [...(names[role] ?? []), ...splitNames(list ?? '')];
  }
  const only = parts.length === 1 ? /^\s*(?:责\s*任\s*单\s*位)\s*[:：]\s*/.exec(inside) : null;
  return { text, unitsText: only ? inside.slice(only[0].length) : inside, names };
}

export interface Registry {
  /** Every name and alias (folded) → unit id. */
  ids: Map<string, string>;
  known: string[];
}

export function registryOf(units: readonly Unit[]): Registry {
  const ids = new Map<string, string>();
  for (const u of units) for (const n of [u.name, ...(u.aliases ?? [])]) ids.set(fold(n), u.id);
  return { ids, known: units.map((u) => u.name) };
}

export interface Matched {
  ids: string[];
  unknown: Array<{ name: string; closest: string[] }>;
}

/** Registry ids of the names, in order, each once; names the registry lacks with the closest it has. */
export function matchUnits(names: readonly string[], registry: Registry): Matched {
  const ids: string[] = [];
  const unknown: Matched['unknown'] = [];
  for (const name of names) {
    const id = registry.ids.get(name);
    if (id === undefined) unknown.push({ name, closest: closest(name, registry.known) });
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}

/** An annex cell's units, written with spaces between them: joins pieces the registry knows only joined
 * (市生态环境局 沁水分局). */
export function cellNames(cell: string, registry: Registry): string[] {
  const pieces = splitNames(cell, true);
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    const joined = piece + (pieces[i + 1] ?? '');
    if (!registry.ids.has(piece) && registry.ids.has(joined)) {
      out.push(joined);
      i++;
    } else out.push(piece);
  }
  return out;
}
