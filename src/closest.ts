// "Did you mean": the known names closest to what the user typed.
import { distance } from 'fastest-levenshtein';

export function closest(input: string, known: readonly string[], max = 3): string[] {
  const needle = input.toLowerCase();
  return known
    .map((k) => ({ k, d: k.toLowerCase().includes(needle) || needle.includes(k.toLowerCase()) ? 0 : distance(needle, k.toLowerCase()) }))
    .filter(({ d, k }) => d <= Math.max(2, Math.floor(k.length / 2)))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, max)
    .map(({ k }) => k);
}
