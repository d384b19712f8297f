import { loadavg } from 'node:os';

/** The figures of the benchmarks: percentiles, medians, timings and the machine's load. */

/** The value at or below which `p` % of the values lie (nearest rank); NaN for none. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** The middle value (of an even number, the mean of the middle two); NaN for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2) return sorted[middle]!;
  return sorted.length ? (sorted[middle - 1]! + sorted[middle]!) / 2 : NaN;
}

/** The load average over 1, 5 and 15 minutes (the machine may be shared). */
export function loadAverage(digits = 2): string {
  return loadavg()
    .map((l) => l.toFixed(digits))
    .join(' ');
}

/** Wall and CPU time of some work; CPU time is the whole process's (worker threads included). */
export async function timed<T>(
  work: () => Promise<T>,
): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}
