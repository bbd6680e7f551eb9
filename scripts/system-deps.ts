// The Debian packages the demo and the tests need besides node_modules. `npm start` and
// `npm test` call this first, so the README's two commands work on a fresh machine: as root it
// installs what is missing with apt-get; otherwise it prints the command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Need {
  pkg: string;
  why: string;
  present: () => boolean;
}

const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

const NEEDS: Record<'demo' | 'test', Need[]> = {
  demo: [{ pkg: 'chromium', why: 'the browser Tasklane runs in', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') }],
  test: [
    { pkg: 'chromium', why: 'end-to-end tests', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
    { pkg: 'fonts-wqy-zenhei', why: 'legible Chinese screenshots', present: () => has('sh', ['-c', 'fc-list | grep -qi wqy']) },
    { pkg: 'radicale', why: 'the CalDAV server the sync tests run against', present: () => has('sh', ['-c', 'command -v radicale']) },
    { pkg: 'python3-caldav', why: 'the second CalDAV client of the interop test', present: () => has('/usr/bin/python3', ['-c', 'import caldav']) },
  ],
};

export function ensureSystemDeps(purpose: 'demo' | 'test'): void {
  const missing = NEEDS[purpose].filter((need) => !need.present());
  if (!missing.length) return;
  const pkgs = missing.map((m) => m.pkg);
  if (process.getuid?.() !== 0) {
    for (const m of missing) console.error(`Missing Debian package ${m.pkg} (${m.why}).`);
    console.error(`Run: sudo apt-get install -y ${pkgs.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${pkgs.join(', ')} (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemDeps(process.argv[2] === 'demo' ? 'demo' : 'test');
