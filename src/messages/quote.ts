// How a message quotes a value, in every language: control characters escaped, so that a value cannot
// drive the terminal, and cut short (a value may be megabytes).
import type { Finding } from '../findings.js';

export function excerpt(value: string, max = 120): string {
  const escaped = value
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
}

export const escapeArgs = (args: Finding['args']): Finding['args'] =>
  Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === 'string' ? excerpt(v) : Array.isArray(v) ? v.map((x) => excerpt(x)) : v]));
