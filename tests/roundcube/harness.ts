// A real Roundcube webmail for the tests (and for trying things by hand: `npm run roundcube`):
// Debian's roundcube over a private Dovecot, both on 127.0.0.1 with free ports, everything
// (config, SQLite database, Maildir, logs) in one temporary folder that stop() deletes. The
// mailbox is seeded from tests/fixtures/roundcube-mail/*.eml; the rep has a named identity.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mailOwner, startDovecot } from './dovecot';
import { chownTree, readMailFixtures, writeMaildir, type MailFixture } from './maildir';
import { freePort, type Service } from './services';
import { startWebmail, type Identity } from './webmail';

export const MAIL_FIXTURES = fileURLToPath(new URL('../fixtures/roundcube-mail/', import.meta.url));

/** The signed-in user: a rep whose own address, name and phone must never come back as a contact. */
export const REP = {
  user: 'rep@tasklane-demo.test',
  password: 'rep-password',
  identity: {
    name: 'Jordan Ellis',
    organization: 'Tasklane Demo Co.',
    email: 'rep@tasklane-demo.test',
    signature: 'Jordan Ellis\nAccount Executive, Tasklane Demo Co.\n+1 (415) 555-0142',
  } satisfies Identity,
};

export interface SeededMessage extends Omit<MailFixture, 'raw'> {
  /** Its IMAP UID in its mailbox, as Roundcube's `_uid` parameter wants it. */
  uid: number;
}

export interface RunningRoundcube {
  /** Roundcube's address, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  user: string;
  password: string;
  identity: Identity;
  imapPort: number;
  /** The temporary folder holding config, database, Maildir and logs. */
  folder: string;
  messages: SeededMessage[];
  /** The seeded message from that .eml file (`01-quote-request.eml`) or with that subject; throws if none. */
  message(fileOrSubject: string): SeededMessage;
  /** Where Roundcube shows that message on a page of its own. */
  messageUrl(message: SeededMessage): string;
  /** Roundcube's own error log so far (PHP errors, IMAP failures), for a failing test's message. */
  errorLog(): string;
  stop(): Promise<void>;
}

export interface RoundcubeOptions {
  /** A folder of .eml files to seed instead of tests/fixtures/roundcube-mail. */
  mailFolder?: string;
  /** Roundcube's UI language (`zh_CN`, `de_DE`…); unset, it follows the browser. */
  language?: string;
}

function errorLogOf(folder: string): string {
  const file = join(folder, 'roundcube-logs', 'errors.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Fails with Roundcube's own words if its login page does not come up (bad config, no database). */
async function expectLoginPage(url: string, webmail: Service, folder: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const body = await response.text();
  if (response.ok && body.includes('rcmloginuser')) return;
  throw new Error(`Roundcube at ${url} answered ${response.status} without its login form.\n` +
    `Roundcube's error log:\n${errorLogOf(folder)}\nPHP's output:\n${webmail.output()}\nPage:\n${body.slice(0, 2_000)}`);
}

export async function startRoundcube(options: RoundcubeOptions = {}): Promise<RunningRoundcube> {
  // In memory where the machine has it: Dovecot and SQLite sync their writes to disk.
  const folder = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'tasklane-roundcube-'));
  // Dovecot serves the mail as a user of its own, who must be able to pass through this folder.
  chmodSync(folder, 0o711);
  const services: Service[] = [];
  // If the test process dies without stop(), the servers (own process groups) must not outlive it.
  const killOnExit = () => services.forEach((s) => s.child.pid && tryKill(-s.child.pid));
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await Promise.all(services.map((s) => s.stop()));
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    const fixtures = readMailFixtures(options.mailFolder ?? MAIL_FIXTURES, REP.user);
    const mailRoot = join(folder, 'mail');
    const [domain, local] = [REP.user.split('@')[1]!, REP.user.split('@')[0]!];
    writeMaildir(join(mailRoot, domain, local), fixtures);
    chownTree(mailRoot, mailOwner());

    const [imapPort, webPort] = [await freePort(), await freePort()];
    const dovecot = await startDovecot(folder, imapPort, mailRoot, { user: REP.user, password: REP.password });
    services.push(dovecot.service);
    const webmail = await startWebmail({ folder, port: webPort, imapPort, user: REP.user, identity: REP.identity, language: options.language });
    services.push(webmail);
    const url = `http://127.0.0.1:${webPort}/`;
    // Asking Dovecot for the UIDs also makes it index the Maildir before the first login.
    const [uids] = await Promise.all([dovecot.uidsByMessageId(), expectLoginPage(url, webmail, folder)]);

    const messages = fixtures.map(({ raw: _raw, ...fixture }) => {
      const found = uids.get(`${fixture.mailbox} ${fixture.messageId}`);
      if (found === undefined) throw new Error(`Dovecot does not list ${fixture.file} (${fixture.messageId}) in ${fixture.mailbox}.`);
      return { ...fixture, uid: found };
    });
    return {
      url, user: REP.user, password: REP.password, identity: REP.identity, imapPort, folder, messages,
      message: (key) => {
        const found = messages.find((m) => m.file === key || m.subject === key);
        if (!found) throw new Error(`No seeded message ${JSON.stringify(key)}; there are: ${messages.map((m) => m.file).join(', ')}`);
        return found;
      },
      messageUrl: (m) => `${url}?_task=mail&_action=show&_uid=${m.uid}&_mbox=${encodeURIComponent(m.mailbox)}`,
      errorLog: () => errorLogOf(folder),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function tryKill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
