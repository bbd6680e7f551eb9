// The Debian packages the demo and the tests need besides node_modules. `npm start` and
// `npm test` call this first, so the README's two commands work on a fresh machine: as root it
// installs what is missing with apt-get; otherwise it prints the command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Need {
  pkg: string;
  why: string;
  present: () => boolean;
  /**
   * Installed without apt's Recommends: Roundcube recommends a web server (Apache first), which
   * the tests do not want (they serve it with PHP's own server on 127.0.0.1).
   */
  lean?: boolean;
}

const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const installed = (pkg: string) => spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout === 'install ok installed';

/** The real Roundcube of tests/roundcube/: the webmail, its SQLite backend, Dovecot's IMAP server, PHP. */
const ROUNDCUBE: Need[] = ['roundcube', 'roundcube-sqlite3', 'dovecot-imapd', 'php-cli', 'php8.2-cgi'].map((pkg) => ({
  pkg,
  why: 'the real Roundcube webmail the end-to-end tests run against',
  present: () => installed(pkg),
  lean: true,
}));

/**
 * Answers for roundcube-core's install questions (also used by .ci/run), so a non-interactive
 * install configures it with dbconfig-common's SQLite backend (no MySQL server, no password) and
 * touches no web server. The tests use a database of their own; this one only keeps the
 * package's daily cleanup jobs working.
 */
const ROUNDCUBE_PRESEED = fileURLToPath(new URL('./roundcube.debconf', import.meta.url));

const NEEDS: Record<'demo' | 'test', Need[]> = {
  demo: [{ pkg: 'chromium', why: 'the browser Tasklane runs in', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') }],
  test: [
    { pkg: 'chromium', why: 'end-to-end tests', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
    { pkg: 'firefox-esr', why: 'the Firefox end-to-end test', present: () => existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr') },
    { pkg: 'fonts-wqy-zenhei', why: 'legible Chinese screenshots', present: () => has('sh', ['-c', 'fc-list | grep -qi wqy']) },
    { pkg: 'radicale', why: 'the CalDAV server the sync tests run against', present: () => has('sh', ['-c', 'command -v radicale']) },
    { pkg: 'python3-caldav', why: 'the second CalDAV client of the interop test', present: () => has('/usr/bin/python3', ['-c', 'import caldav']) },
    ...ROUNDCUBE,
  ],
};

function aptInstall(pkgs: string[], lean: boolean, env: NodeJS.ProcessEnv): void {
  if (!pkgs.length) return;
  execFileSync('apt-get', ['install', '-y', '-qq', ...(lean ? ['--no-install-recommends'] : []), ...pkgs], { stdio: 'inherit', env });
}

export function ensureSystemDeps(purpose: 'demo' | 'test'): void {
  const missing = NEEDS[purpose].filter((need) => !need.present());
  if (!missing.length) return;
  const pkgs = missing.map((m) => m.pkg);
  const lean = missing.filter((m) => m.lean).map((m) => m.pkg);
  const full = missing.filter((m) => !m.lean).map((m) => m.pkg);
  if (process.getuid?.() !== 0) {
    for (const m of missing) console.error(`Missing Debian package ${m.pkg} (${m.why}).`);
    if (full.length) console.error(`Run: sudo apt-get install -y ${full.join(' ')}`);
    if (lean.length) console.error(`Run: sudo apt-get install -y --no-install-recommends ${lean.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${pkgs.join(', ')} (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (lean.length) execFileSync('debconf-set-selections', [ROUNDCUBE_PRESEED], { stdio: 'inherit' });
  const dovecotWasInstalled = installed('dovecot-core');
  aptInstall(full, false, env);
  aptInstall(lean, true, env);
  // The tests start a Dovecot of their own on a free loopback port. The package's system-wide
  // service (IMAP on every interface) is not wanted: stop it if this install just started it.
  if (!dovecotWasInstalled && installed('dovecot-core') && existsSync('/run/systemd/system')) {
    spawnSync('systemctl', ['disable', '--now', 'dovecot.service', 'dovecot.socket'], { stdio: 'inherit' });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemDeps(process.argv[2] === 'demo' ? 'demo' : 'test');
