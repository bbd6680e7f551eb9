// A private Dovecot IMAP server for the Roundcube harness: its own config, sockets, state and
// Maildir under the harness's temporary folder, one passwd-file user, plaintext login on
// 127.0.0.1 only (no TLS: nothing leaves the machine), every other listener off.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startService, waitForPort, type Service } from './services';

export interface DovecotAccount {
  user: string;
  password: string;
}

/** A line of /etc/passwd or /etc/group, found by its name or by its numeric id (third field). */
function systemEntry(file: '/etc/passwd' | '/etc/group', match: (fields: string[]) => boolean): string[] | undefined {
  return readFileSync(file, 'utf8').split('\n').map((line) => line.split(':')).find(match);
}

/** Who owns the mail. Dovecot refuses uid 0 for mail access, so as root the mail belongs to Debian's `mail` user. */
export function mailOwner(): { name: string; uid: number; gid: number } {
  const me = userInfo();
  if (me.uid !== 0) return { name: me.username, uid: me.uid, gid: me.gid };
  const [, , uid, gid] = systemEntry('/etc/passwd', (fields) => fields[0] === 'mail') ?? [];
  if (!uid || !gid) throw new Error('No "mail" user in /etc/passwd to own the test mail (Dovecot will not serve mail as root).');
  return { name: 'mail', uid: Number(uid), gid: Number(gid) };
}

function config(folder: string, port: number, mailRoot: string): string {
  const asRoot = userInfo().uid === 0;
  const owner = mailOwner();
  // Not root: every Dovecot process runs as this user (Dovecot's documented unprivileged setup).
  const processUsers = asRoot
    ? ['default_internal_user = dovecot', 'default_login_user = dovenull',
      // The passwd file sits in a root-only folder; the auth process reads it as root.
      'service auth {', '  user = root', '}']
    : [`default_internal_user = ${owner.name}`, `default_login_user = ${owner.name}`,
      `default_internal_group = ${systemEntry('/etc/group', (fields) => fields[2] === String(owner.gid))?.[0] ?? owner.gid}`,
      'service imap-login {', '  chroot =', '}', 'service anvil {', '  chroot =', '}'];
  return [
    // A name and base_dir of its own: a system Dovecot (if any) and other harnesses are untouched.
    `instance_name = tasklane-roundcube-${port}`,
    `base_dir = ${join(folder, 'dovecot-run')}`,
    `state_dir = ${join(folder, 'dovecot-state')}`,
    'listen = 127.0.0.1',
    'protocols = imap',
    'ssl = no',
    'disable_plaintext_auth = no',
    'auth_mechanisms = plain login',
    'log_path = /dev/stderr',
    `first_valid_uid = ${owner.uid}`,
    `mail_location = maildir:${mailRoot}/%d/%n`,
    ...processUsers,
    'passdb {', '  driver = passwd-file', `  args = scheme=PLAIN username_format=%u ${join(folder, 'dovecot-users')}`, '}',
    'userdb {', '  driver = static', `  args = uid=${owner.uid} gid=${owner.gid} home=${mailRoot}/%d/%n`, '}',
    'service imap-login {', '  inet_listener imap {', '    address = 127.0.0.1', `    port = ${port}`, '  }',
    '  inet_listener imaps {', '    port = 0', '  }', '}',
    // Roundcube shows subscribed folders; these are the ones a fresh account has.
    'namespace inbox {', '  inbox = yes', '  separator = /',
    ...['Sent', 'Drafts', 'Trash', 'Junk'].flatMap((box) => [
      `  mailbox ${box} {`, `    special_use = \\${box}`, '    auto = subscribe', '  }',
    ]),
    '}',
  ].join('\n') + '\n';
}

export interface RunningDovecot {
  port: number;
  configFile: string;
  service: Service;
  /** UID of every message, keyed by `<mailbox> <Message-ID>` (asks Dovecot, which assigns them on first sight). */
  uidsByMessageId(): Promise<Map<string, number>>;
}

export async function startDovecot(folder: string, port: number, mailRoot: string, account: DovecotAccount): Promise<RunningDovecot> {
  if (/[:\s]/.test(account.user) || /[:\n]/.test(account.password)) {
    throw new Error(`Dovecot passwd-file cannot hold user ${JSON.stringify(account.user)} with that password (no ':' or whitespace).`);
  }
  writeFileSync(join(folder, 'dovecot-users'), `${account.user}:{PLAIN}${account.password}\n`, { mode: 0o600 });
  const configFile = join(folder, 'dovecot.conf');
  writeFileSync(configFile, config(folder, port, mailRoot));
  const service = startService('Dovecot', 'dovecot', ['-F', '-c', configFile]);
  await waitForPort(service, port);
  return {
    port,
    configFile,
    service,
    uidsByMessageId: async () => {
      const { stdout } = await promisify(execFile)('doveadm', [
        '-c', configFile, '-f', 'tab', 'fetch', '-u', account.user, 'mailbox uid hdr.message-id', 'mailbox', '*', 'all',
      ]);
      const uids = new Map<string, number>();
      // Tab-separated, a header row first: mailbox, uid, hdr.message-id.
      for (const line of stdout.trim().split('\n').slice(1)) {
        const [mailbox, uid, messageId] = line.split('\t');
        if (mailbox && uid && messageId) uids.set(`${mailbox} ${messageId.trim()}`, Number(uid));
      }
      return uids;
    },
  };
}
