// Detector CLI: runs the same detection code as the content script against a saved page.
//   npm run --silent detect -- <file.html> --url <page-url>
// Prints one JSON object: {"site": "<id>", "contacts": [{"name","email","phone","company","role"}]}.
// Without --url, the page's <meta name="tasklane-fixture-url"> is used (the fixtures carry one).

import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { detectPage } from '../lib/detect/index';
import { peopleOf } from '../lib/detect/normalize';
import { defaultCountryFrom, withE164Phones } from '../lib/detect/phone';
import { listedWithHints } from '../lib/detect/phone-hints';

const USAGE = 'usage: detect <file.html> [--url <page-url>]';

function fail(message: string): never {
  process.stderr.write(`detect: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; url: string | null } {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      url = argv[++i] ?? fail('--url needs a value');
    } else if (arg.startsWith('--url=')) {
      url = arg.slice('--url='.length);
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('-')) {
      fail(`unknown option ${arg}`);
    } else if (file === null) {
      file = arg;
    } else {
      fail(`unexpected argument ${arg}`);
    }
  }
  if (!file) fail('missing <file.html>');
  return { file, url };
}

function main(): void {
  const { file, url: urlArg } = parseArgs(process.argv.slice(2));
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const { document } = parseHTML(html);
  const urlText = urlArg ?? document.querySelector('meta[name="tasklane-fixture-url"]')?.getAttribute('content') ?? fail('missing --url (and the page has no tasklane-fixture-url meta)');
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    fail(`not a URL: ${urlText}`);
  }
  const { site, contacts } = detectPage(document, url);
  const country = defaultCountryFrom(document.documentElement?.getAttribute('lang'));
  const out = withE164Phones(listedWithHints(peopleOf(contacts)), country);
  process.stdout.write(`${JSON.stringify({ site, contacts: out }, null, 2)}\n`);
}

main();
