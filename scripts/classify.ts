// Classify CLI: the suggestion a click would make on a saved page, by the same code path.
//   npm run --silent classify -- <file.html> --url <page-url> --today YYYY-MM-DD [--tz ZONE] [--person EMAIL]
// Prints one JSON object: {"site", "contacts": [...as detect...], "person", "suggestion":
// {"categories": {goal, cycle, customer, channel}, "due": {date, time?}, "title", "reasons":
// [{dimension, value, detail}]}, "source": {"title", "externalId", "dedupeKey"}}. Without --url,
// the page's <meta name="tasklane-fixture-url"> is used; without --person, the page's main person.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { isValidTimeZone } from '../lib/dates/today';
import { classifyHtml } from './classify-page';

const USAGE = 'usage: classify <file.html> [--url <page-url>] --today YYYY-MM-DD [--tz ZONE] [--person EMAIL]';

function fail(message: string): never {
  process.stderr.write(`classify: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const OPTIONS = ['url', 'today', 'tz', 'person'] as const;
type Option = (typeof OPTIONS)[number];

function parseArgs(argv: string[]): { file: string } & Partial<Record<Option, string>> {
  const out: Partial<Record<Option, string>> = {};
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (m) {
      const name = m[1] as Option;
      if (!OPTIONS.includes(name)) fail(`unknown option ${arg}`);
      out[name] = m[2] ?? argv[++i] ?? fail(`--${name} needs a value`);
    } else if (arg.startsWith('-')) {
      fail(`unknown option ${arg}`);
    } else if (file === null) {
      file = arg;
    } else {
      fail(`unexpected argument ${arg}`);
    }
  }
  if (!file) fail('missing <file.html>');
  return { file, ...out };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!args.today) fail('missing --today YYYY-MM-DD');
  if (args.tz && !isValidTimeZone(args.tz)) fail(`unknown time zone ${args.tz}`);
  let html: string;
  try {
    html = readFileSync(args.file, 'utf8');
  } catch (err) {
    fail(`cannot read ${args.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const { document } = parseHTML(html);
  const urlText = args.url ?? document.querySelector('meta[name="tasklane-fixture-url"]')?.getAttribute('content') ?? fail('missing --url (and the page has no tasklane-fixture-url meta)');
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    fail(`not a URL: ${urlText}`);
  }
  try {
    const out = classifyHtml(document as unknown as Document, { url, today: args.today, ...(args.tz ? { tz: args.tz } : {}), ...(args.person ? { person: args.person } : {}) });
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } catch (err) {
    fail((err as Error).message);
  }
}

main();
