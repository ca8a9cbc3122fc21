/**
 * Phase marks for `npm run bench`: when CSC_PHASES is set, each mark prints one line with the time
 * and memory at that point of the build, and the highest memory since the previous mark, sampled
 * every 100 ms (`[phase] <name> t=<ms since epoch> rss=<MB> heap=<MB> peak=<MB> peakHeap=<MB>`),
 * which the benchmark reads to say where time and memory go: a build's peak falls between marks.
 * Without it, marks do nothing. Also how the benchmark reads Astro's own per-page times, by route.
 */
import { getHeapStatistics } from 'node:v8';

export const PHASE_PREFIX = '[phase]';

const mb = (n: number) => Math.round(n / 2 ** 20);
type Sampler = { rss: number; heap: number; atPeak?: NodeJS.MemoryUsage; timer?: NodeJS.Timeout };
// On globalThis: the config's integrations and the built pages each load their own copy of this module,
// and a peak is since the previous mark of either.
const held = globalThis as { cscPhasePeak?: Sampler };
const sample = (s: Sampler) => {
  const m = process.memoryUsage();
  if (m.rss > s.rss) s.atPeak = m;
  s.rss = Math.max(s.rss, m.rss);
  s.heap = Math.max(s.heap, m.heapUsed);
  return m;
};

export function phase(name: string): void {
  if (!process.env['CSC_PHASES']) return;
  const s = (held.cscPhasePeak ??= { rss: 0, heap: 0 });
  s.timer ??= setInterval(() => sample(s), 100).unref();
  const m = sample(s);
  console.log(
    `${PHASE_PREFIX} ${name} t=${Date.now()} rss=${mb(m.rss)} heap=${mb(m.heapUsed)} ` +
      `peak=${mb(s.rss)} peakHeap=${mb(s.heap)}`,
  );
  // CSC_MEM: where the peak's RSS was (heap reserved and used, memory outside the heap), for issue 18.
  if (process.env['CSC_MEM'] && s.atPeak) {
    const p = s.atPeak;
    const v = getHeapStatistics();
    console.log(
      `[mem] ${name} atPeak rss=${mb(p.rss)} heapTotal=${mb(p.heapTotal)} heapUsed=${mb(p.heapUsed)} ` +
        `external=${mb(p.external)} arrayBuffers=${mb(p.arrayBuffers)} | now v8 total=${mb(v.total_heap_size)} ` +
        `physical=${mb(v.total_physical_size)} used=${mb(v.used_heap_size)} malloced=${mb(v.malloced_memory)} ` +
        `peakMalloced=${mb(v.peak_malloced_memory)} limit=${mb(v.heap_size_limit)}`,
    );
  }
  s.rss = 0;
  s.heap = 0;
  delete s.atPeak;
}

export type PhaseMark = {
  name: string;
  t: number;
  rss: number;
  heap: number;
  /** The highest RSS and heap since the previous mark (absent in older logs). */
  peak?: number;
  peakHeap?: number;
};

/** The marks in a build's output, in order. */
export function readPhases(output: string): PhaseMark[] {
  const re = /^\[phase\] (.+?) t=(\d+) rss=(\d+) heap=(\d+)(?: peak=(\d+) peakHeap=(\d+))?$/gm;
  return [...output.matchAll(re)].map((m) => ({
    name: m[1] ?? '',
    t: Number(m[2]),
    rss: Number(m[3]),
    heap: Number(m[4]),
    ...(m[5] === undefined ? {} : { peak: Number(m[5]), peakHeap: Number(m[6]) }),
  }));
}

/** Literal words of the site's routes; any other path segment is an id or a page number. */
const ROUTE_WORDS = new Set(['specificity', 'themes', 'theme', 'council', 'charts', 'strategies']);
/** A built path as its route: `/strategies/x/specificity/lead/` → `strategies/*\/specificity/*`. */
export const routeOf = (path: string) => {
  const segs = path
    .replace(/(index)?\.html$/, '')
    .split('/')
    .filter(Boolean);
  return segs.map((s, i) => (i === 0 || ROUTE_WORDS.has(s) ? s : '*')).join('/') || '(home)';
};

/** Astro's per-page lines (`├─ /path/index.html (+12ms)`), summed by route: pages and milliseconds. */
export function byRoute(output: string) {
  const routes = new Map<string, { pages: number; ms: number }>();
  for (const m of output.matchAll(/[├└]─ (\S+) .*?\(\+(\d+(?:\.\d+)?)(m?s)\)/g)) {
    const r = routes.get(routeOf(m[1] ?? '')) ?? { pages: 0, ms: 0 };
    r.pages += 1;
    r.ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    routes.set(routeOf(m[1] ?? ''), r);
  }
  return [...routes]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([route, r]) => ({
      route,
      pages: r.pages,
      seconds: Math.round(r.ms / 100) / 10,
      msPerPage: Math.round((r.ms / r.pages) * 10) / 10,
    }));
}
