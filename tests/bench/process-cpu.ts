// CPU seconds (user + system) used by every process this one started (the bench's Chromium:
// browser, storage, renderers, the extension's worker), read from /proc. On a shared machine a
// wall-clock time moves with everyone else's load; the CPU a step took moves far less, so the
// import rows report both. Linux only (NaN elsewhere).
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export function descendantsCpuSeconds(root = process.pid): number {
  if (!existsSync('/proc/self/stat')) return Number.NaN;
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state, ppid, … utime (14), stime (15).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The process ended while being read.
    }
  }
  let sum = 0;
  for (const [pid, seconds] of cpu) {
    let up = parent.get(pid);
    while (up && up !== root) up = parent.get(up);
    if (up === root) sum += seconds;
  }
  return sum;
}
