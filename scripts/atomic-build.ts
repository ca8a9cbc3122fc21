/**
 * Builds that never lose the last good site. The build writes into a temporary folder beside the
 * output folder; only a complete, checked build is swapped in (old folder renamed aside, new one
 * renamed in, old one removed). A failure, a failed check or an interruption leaves the previous
 * site as it was and removes the temporary folder. The build runs in its own process group so that
 * stopping it stops everything it started (Pagefind's indexer included).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { escapeRegExp } from '../src/lib/text.ts';

export type BuildOptions = {
  /** The folder the site is published in (dist/). */
  outDir: string;
  /** The build command; it must write into the folder named by the OUT_DIR environment variable. */
  command: string[];
  /** Checks the finished temporary folder, given the build's output; returns the problems found. */
  check: (dir: string, output: string) => string[];
  /** Aborting stops the build (SIGTERM to its process group) and keeps the previous site. */
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** Where the build's output goes as it arrives (the terminal, by default). */
  write?: (chunk: string, stream: 'stdout' | 'stderr') => void;
};

export type BuildResult =
  | { ok: true; output: string }
  | {
      ok: false;
      reason: 'failed' | 'incomplete' | 'interrupted';
      output: string;
      problems: string[];
    };

/** The temporary and set-aside folders for an output folder, named after this process. */
export function workFolders(outDir: string, pid = process.pid) {
  const parent = dirname(resolve(outDir));
  const name = basename(resolve(outDir));
  return {
    building: join(parent, `.${name}-building-${pid}`),
    aside: join(parent, `.${name}-previous-${pid}`),
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Tidies what a build killed outright (SIGKILL, power cut) left behind: its temporary folder, and
 * the previous site if it died between the two renames of the swap (then the site is put back).
 */
export function recoverLeftovers(outDir: string): void {
  const parent = dirname(resolve(outDir));
  const name = basename(resolve(outDir));
  const pattern = new RegExp(`^\\.${escapeRegExp(name)}-(building|previous)-(\\d+)$`);
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    const m = pattern.exec(entry);
    if (!m || alive(Number(m[2]))) continue;
    const path = join(parent, entry);
    if (m[1] === 'previous' && !existsSync(outDir)) renameSync(path, outDir);
    else rmSync(path, { recursive: true, force: true });
  }
}

/** Stops a process group: SIGTERM, then SIGKILL for whatever is still running after a grace period. */
function stopGroup(pid: number, graceMs = 5000): void {
  const kill = (sig: NodeJS.Signals) => {
    try {
      if (process.platform === 'win32') process.kill(pid, sig);
      else process.kill(-pid, sig);
    } catch {
      // already gone
    }
  };
  kill('SIGTERM');
  setTimeout(() => kill('SIGKILL'), graceMs).unref();
}

/** Runs the command in its own process group; resolves with its exit status once it has exited. */
function run(
  opts: BuildOptions,
  building: string,
): Promise<{ status: number | null; output: string }> {
  const [cmd = 'astro', ...args] = opts.command;
  const child = spawn(cmd, args, {
    env: { ...(opts.env ?? process.env), OUT_DIR: building },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
    shell: process.platform === 'win32',
  });
  let output = '';
  const write =
    opts.write ??
    ((chunk, stream) => (stream === 'stdout' ? process.stdout : process.stderr).write(chunk));
  for (const stream of ['stdout', 'stderr'] as const)
    child[stream].on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      write(text, stream);
    });
  const onAbort = () => child.pid && stopGroup(child.pid);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  return new Promise((done) => {
    child.on('error', (e) => {
      output += `\n${e.message}\n`;
    });
    child.on('close', (status) => {
      opts.signal?.removeEventListener('abort', onAbort);
      // Anything the build left running in its group (a stray indexer) goes with it.
      if (child.pid) stopGroup(child.pid, 0);
      done({ status, output });
    });
  });
}

/** Swaps the checked build in: previous site aside, new one in, previous one removed. */
function swapIn(building: string, aside: string, outDir: string): void {
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, aside);
  try {
    renameSync(building, outDir);
  } catch (e) {
    if (hadPrevious) renameSync(aside, outDir);
    throw e;
  }
  rmSync(aside, { recursive: true, force: true });
}

export async function atomicBuild(opts: BuildOptions): Promise<BuildResult> {
  recoverLeftovers(opts.outDir);
  const { building, aside } = workFolders(opts.outDir);
  rmSync(building, { recursive: true, force: true });
  try {
    const { status, output } = await run(opts, building);
    if (opts.signal?.aborted) return { ok: false, reason: 'interrupted', output, problems: [] };
    if (status !== 0)
      return {
        ok: false,
        reason: 'failed',
        output,
        problems: [`the build exited with status ${status}`],
      };
    const problems = opts.check(building, output);
    if (problems.length) return { ok: false, reason: 'incomplete', output, problems };
    swapIn(building, aside, opts.outDir);
    return { ok: true, output };
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}
