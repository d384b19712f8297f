/**
 * What a benchmark's processes and files take: a folder's bytes, a process tree's RSS, and this
 * process's own peak RSS (Linux: /proc).
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bytes of every file under `dir` (0 when it does not exist). */
export async function duBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await duBytes(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}

/** RSS of a process and its descendants (the server may fork). */
export async function treeRss(pid: number): Promise<number> {
  const tree = await processTree(pid);
  let rss = 0;
  for (const p of tree) {
    const status = await readFile(`/proc/${p}/status`, 'utf8').catch(() => '');
    rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  }
  return rss;
}

/**
 * The RSS of each of `pids` and the CPU seconds (user and system) each has used so far: sampled
 * until a command ends, the last sample of each process is (nearly) all it used.
 */
export async function processUsage(
  pids: Iterable<number>,
): Promise<Map<number, { rss: number; cpuSeconds: number }>> {
  const usage = new Map<number, { rss: number; cpuSeconds: number }>();
  for (const p of pids) {
    const statLine = await readFile(`/proc/${p}/stat`, 'utf8').catch(() => '');
    const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of stat (11 and 12 after the name), in 1/100 s; rss,
    // field 24 (21 after the name), in pages.
    if (fields.length > 21)
      usage.set(p, {
        cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100,
        rss: Number(fields[21]) * PAGE_BYTES,
      });
  }
  return usage;
}

const PAGE_BYTES = 4096;

/** A process and its descendants. */
export async function processTree(pid: number): Promise<Set<number>> {
  const parents = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const statLine = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const ppid = Number(statLine.slice(statLine.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(Number(name), ppid);
  }
  const tree = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, parent] of parents)
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
  }
  return tree;
}

/** The peak RSS of this process since the last reset (Linux: VmHWM; reset by clear_refs). */
export async function resetPeak(): Promise<void> {
  await writeFile('/proc/self/clear_refs', '5').catch(() => {});
}
export async function ownPeak(): Promise<number | undefined> {
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : undefined;
}
