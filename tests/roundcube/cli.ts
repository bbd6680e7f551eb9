// `npm run roundcube [-- --lang zh_CN]`: starts the tests' real Roundcube for trying things by
// hand, prints where and how to sign in and which messages it holds, and stops it (deleting its
// temporary folder) on Ctrl+C.
import { startRoundcube } from './harness';

const langAt = process.argv.indexOf('--lang');
const started = Date.now();
const roundcube = await startRoundcube({ language: langAt > 0 ? process.argv[langAt + 1] : undefined });
const seconds = ((Date.now() - started) / 1000).toFixed(1);

console.log(`Roundcube is up in ${seconds} s (Dovecot IMAP on 127.0.0.1:${roundcube.imapPort}).

  URL:      ${roundcube.url}
  user:     ${roundcube.user}
  password: ${roundcube.password}

Messages (open one with ${roundcube.url}?_task=mail&_action=show&_mbox=<mailbox>&_uid=<uid>):`);
for (const m of roundcube.messages) console.log(`  ${m.mailbox.padEnd(5)} uid ${String(m.uid).padStart(2)}  ${m.subject}`);
console.log(`\nFiles (config, database, Maildir, logs): ${roundcube.folder}\nCtrl+C stops it and deletes them.`);

let stopping = false;
const shutDown = async () => {
  if (stopping) return;
  stopping = true;
  await roundcube.stop();
  process.exit(0);
};
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
