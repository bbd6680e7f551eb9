// Builds Tasklane as it was at an earlier commit, with today's node_modules, for the update
// test: an installed previous version is updated in place and must keep its data.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The last commit with database schema version 1 (before the targets store). */
export const PREVIOUS_RELEASE = '3d5e75a3e4bdc7f292d8c600ccde3120b637db80';

export function hasCommit(rev: string): boolean {
  return spawnSync('git', ['cat-file', '-e', `${rev}^{commit}`]).status === 0;
}

/** Returns the folder of the built chrome-mv3 extension of `rev` (built once, then reused). */
export function buildPrevious(rev = PREVIOUS_RELEASE): string {
  const dir = resolve('.tmp/previous', rev.slice(0, 12));
  const out = join(dir, '.output/chrome-mv3');
  if (existsSync(join(out, 'manifest.json'))) return out;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', rev], { maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: 'pipe' });
  return out;
}
