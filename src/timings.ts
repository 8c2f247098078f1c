// Where a run's time goes, by phase, for the benchmark's profile: with PLANCHECK_TIMINGS=1 each phase's
// total is printed on stderr at the end of the run. Off, `timed` only calls its function.
const on = process.env.PLANCHECK_TIMINGS === '1';
const totals = new Map<string, number>();

export function timed<T>(phase: string, run: () => T): T {
  if (!on) return run();
  const started = performance.now();
  try {
    return run();
  } finally {
    totals.set(phase, (totals.get(phase) ?? 0) + performance.now() - started);
  }
}

/** The phases' totals as `phase ms` lines (nothing when off). */
export const timingsReport = (): string =>
  on ? [...totals].map(([phase, ms]) => `plancheck timing: ${phase} ${ms.toFixed(1)} ms\n`).join('') : '';

export async function timedAsync<T>(phase: string, run: () => Promise<T>): Promise<T> {
  if (!on) return run();
  const started = performance.now();
  try {
    return await run();
  } finally {
    totals.set(phase, (totals.get(phase) ?? 0) + performance.now() - started);
  }
}
