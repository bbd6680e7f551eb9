// Starts Debian's Radicale (a real CalDAV server) on 127.0.0.1 with a temporary storage folder
// and a free port, for the sync integration tests. `.ci/run` installs it (apt-get install radicale).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const USERS = { rep: 'rep-password', lead: 'lead-password' } as const;

export interface RunningRadicale {
  url: string;
  port: number;
  folder: string;
  stop(): Promise<void>;
  /** Starts it again on the same port and storage (after stop). */
  restart(): Promise<void>;
  /** Stops it and deletes its storage. */
  dispose(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Radicale exited (${child.exitCode}): ${output()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`Radicale did not start at ${url}: ${output()}`);
}

export async function startRadicale(): Promise<RunningRadicale> {
  // In memory (tmpfs) where the machine has it: Radicale fsyncs every write, which on a slow
  // CI disk is most of a PUT's time; the storage is thrown away after the run anyway.
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const folder = mkdtempSync(join(base, 'tasklane-radicale-'));
  const port = await freePort();
  writeFileSync(join(folder, 'users'), Object.entries(USERS).map(([u, p]) => `${u}:${p}`).join('\n') + '\n');
  writeFileSync(join(folder, 'config'), [
    '[server]', `hosts = 127.0.0.1:${port}`,
    '[auth]', 'type = htpasswd', `htpasswd_filename = ${join(folder, 'users')}`, 'htpasswd_encryption = plain',
    '[rights]', 'type = owner_only',
    '[storage]', `filesystem_folder = ${join(folder, 'collections')}`,
    '[logging]', 'level = warning', 'mask_passwords = True',
  ].join('\n') + '\n');
  const url = `http://127.0.0.1:${port}/`;
  let child: ChildProcess | undefined;
  let output = '';
  const start = async () => {
    output = '';
    child = spawn('radicale', ['--config', join(folder, 'config')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (output = (output + d).slice(-4_000)));
    child.stderr!.on('data', (d: Buffer) => (output = (output + d).slice(-4_000)));
    child.once('error', (e) => (output += String(e)));
    await waitUntilUp(url, child, () => output);
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };
  await start();
  return {
    url, port, folder, stop, restart: start,
    dispose: async () => {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
