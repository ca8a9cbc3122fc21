/**
 * Phase marks for `npm run bench`: when CSC_PHASES is set, each mark prints one line with the time
 * and memory at that point of the build (`[phase] <name> t=<ms since epoch> rss=<MB> heap=<MB>`),
 * which the benchmark reads to say where time and memory go. Without it, marks do nothing.
 */
export const PHASE_PREFIX = '[phase]';

export function phase(name: string): void {
  if (!process.env['CSC_PHASES']) return;
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 2 ** 20);
  console.log(`${PHASE_PREFIX} ${name} t=${Date.now()} rss=${mb(m.rss)} heap=${mb(m.heapUsed)}`);
}

export type PhaseMark = { name: string; t: number; rss: number; heap: number };

/** The marks in a build's output, in order. */
export function readPhases(output: string): PhaseMark[] {
  const re = /^\[phase\] (.+?) t=(\d+) rss=(\d+) heap=(\d+)$/gm;
  return [...output.matchAll(re)].map((m) => ({
    name: m[1] ?? '',
    t: Number(m[2]),
    rss: Number(m[3]),
    heap: Number(m[4]),
  }));
}
