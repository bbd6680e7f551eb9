// Gzip sizes (level 9) of the built scripts. A page's figure is every script it loads at start:
// its entry chunk plus the chunks that entry imports statically, so the chunk the popup and the
// options page share (Preact, signals, shared components) counts in full for each; it is also
// listed on its own. The content-script budget holds for each content script: `content` is the
// largest of them (webmail.js alone once hid crm.js and mail.js going over it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bundles {
  /** The largest content script. */
  content: number;
  /** Each content script, by file name (gmail.js, outlook.js, crm-<id>.js, qqmail.js, netease.js, custom.js). */
  contentScripts: Record<string, number>;
  popup: number;
  options: number;
  background: number;
  /** kB of chunks loaded by more than one page, for the table. */
  shared: Record<string, number>;
}

const kb = (bytes: number) => bytes / 1000;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function staticImports(dir: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticImports(dir, posix.normalize(posix.join(posix.dirname(file), m[1]!)), seen);
  }
}

function pageScripts(dir: string, html: string): Set<string> {
  const seen = new Set<string>();
  const text = readFileSync(join(dir, html), 'utf8');
  for (const m of text.matchAll(/<script[^>]*\ssrc="\/?([^"]+)"/g)) staticImports(dir, m[1]!, seen);
  for (const m of text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+)"/g)) staticImports(dir, m[1]!, seen);
  return seen;
}

export function measureBundles(dir: string): Bundles {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build in ${dir}`);
  const popup = pageScripts(dir, 'popup.html');
  const options = pageScripts(dir, 'options.html');
  const sum = (files: Set<string>) => kb([...files].reduce((acc, f) => acc + gz(join(dir, f)), 0));
  const shared: Record<string, number> = {};
  for (const f of popup) if (options.has(f)) shared[f] = kb(gz(join(dir, f)));
  const contentDir = join(dir, 'content-scripts');
  const contentScripts = Object.fromEntries(readdirSync(contentDir).filter((f) => f.endsWith('.js')).sort().map((f) => [f, kb(gz(join(contentDir, f)))]));
  return {
    content: Math.max(...Object.values(contentScripts)),
    contentScripts,
    popup: sum(popup),
    options: sum(options),
    background: kb(gz(join(dir, 'background.js'))),
    shared,
  };
}
