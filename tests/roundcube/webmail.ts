// Debian's Roundcube served by PHP's built-in web server, configured from a folder of the
// harness's own: Debian's package reads its config folder from ROUNDCUBE_CONFIG_DIR (see
// /usr/share/roundcube/program/include/iniset.php), so /etc/roundcube is never read or changed.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startService, waitForPort, type Service } from './services';

/** Where Debian's `roundcube` package puts the application and its stock config. */
export const ROUNDCUBE_HOME = '/var/lib/roundcube';
const DOCROOT = join(ROUNDCUBE_HOME, 'public_html');
const SCHEMA = '/usr/share/roundcube/SQL/sqlite.initial.sql';

export interface Identity {
  name: string;
  organization: string;
  email: string;
  signature: string;
}

export interface WebmailOptions {
  folder: string;
  port: number;
  imapPort: number;
  user: string;
  identity: Identity;
  /** Roundcube's UI language, e.g. 'zh_CN'; unset, Roundcube follows the browser's. */
  language?: string;
}

/** A PHP single-quoted string literal (only \ and ' are special there). */
function php(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function configFile(options: WebmailOptions, db: string): string {
  const settings: Record<string, string> = {
    db_dsnw: php(`sqlite:///${db}?mode=0600`),
    imap_host: php(`127.0.0.1:${options.imapPort}`),
    // No SMTP server in the harness: sending is out of scope, and must never reach the network.
    smtp_host: php(''),
    des_key: php(randomBytes(12).toString('hex')),
    // No plugins: the stock ones include some that fetch from the network.
    plugins: '[]',
    skin: php('elastic'),
    // The default spell checker posts the text to a remote service.
    enable_spellcheck: 'false',
    product_name: php('Roundcube Webmail'),
    support_url: php(''),
    log_dir: php(join(options.folder, 'roundcube-logs')),
    temp_dir: php(join(options.folder, 'roundcube-temp')),
    // Long enough for a person trying things by hand with `npm run roundcube`.
    session_lifetime: '120',
    language: options.language ? php(options.language) : 'null',
  };
  return ['<?php', '// Written by tests/roundcube/webmail.ts for one harness run.', '$config = [];',
    ...Object.entries(settings).map(([key, value]) => `$config['${key}'] = ${value};`), ''].join('\n');
}

async function createDatabase(options: WebmailOptions, db: string): Promise<void> {
  await promisify(execFile)('php', [fileURLToPath(new URL('./init-db.php', import.meta.url)), JSON.stringify({
    db,
    schema: SCHEMA,
    user: options.user,
    // What Roundcube stores as the account's mail_host: the IMAP host without its port.
    mailHost: '127.0.0.1',
    language: options.language ?? null,
    ...options.identity,
  })]);
}

export async function startWebmail(options: WebmailOptions): Promise<Service> {
  if (!existsSync(DOCROOT) || !existsSync(SCHEMA)) {
    throw new Error(`Roundcube is not installed (no ${DOCROOT}). Run: apt-get install --no-install-recommends roundcube roundcube-sqlite3 php-cli php8.2-cgi`);
  }
  const configDir = join(options.folder, 'roundcube-config');
  for (const dir of [configDir, join(options.folder, 'roundcube-logs'), join(options.folder, 'roundcube-temp')]) mkdirSync(dir);
  // Roundcube loads its defaults and MIME table from the same folder as config.inc.php.
  for (const stock of ['defaults.inc.php', 'mimetypes.php']) symlinkSync(join(ROUNDCUBE_HOME, 'config', stock), join(configDir, stock));
  const db = join(options.folder, 'roundcube.sqlite');
  writeFileSync(join(configDir, 'config.inc.php'), configFile(options, db));
  await createDatabase(options, db);

  const service = startService('Roundcube (php -S)', 'php', [
    // PHP's CLI leaves the opcode cache off; on, a page costs a fraction of the time.
    '-d', 'opcache.enable_cli=1',
    '-S', `127.0.0.1:${options.port}`, '-t', DOCROOT,
    // Lets the browser cache Roundcube's static files as Apache would (see router.php).
    fileURLToPath(new URL('./router.php', import.meta.url)),
  ], {
    env: {
      ...process.env,
      ROUNDCUBE_CONFIG_DIR: configDir,
      // Roundcube's page loads several requests at once; one worker would serve them in turn.
      PHP_CLI_SERVER_WORKERS: '4',
    },
  });
  await waitForPort(service, options.port);
  return service;
}
