// Shared by the detection tests: fixtures on disk, parsed the way the CLI parses them (linkedom)
// and the way a browser-like DOM does (happy-dom), and the CLI's output shape.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import type { DetectResult } from '../../../lib/detect/index';
import { peopleOf } from '../../../lib/detect/normalize';
import { defaultCountryFrom, withE164Phones } from '../../../lib/detect/phone';
import { listedWithHints } from '../../../lib/detect/phone-hints';

// From the project root (npm scripts run there): works under vitest, its DOM environments and tsx.
export const FIXTURES_DIR = join(process.cwd(), 'tests', 'fixtures');

export interface Fixture {
  name: string;
  file: string;
  html: string;
  url: string;
  expected: CliOutput;
}

export interface CliContact { name: string | null; email: string | null; phone: string | null; company: string | null; role: string }
export interface CliOutput { site: string; contacts: CliContact[] }

/** Every tests/fixtures/<name>.html that has a <name>.expected.json beside it. */
export function listFixtures(): Fixture[] {
  const files = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.html'));
  return files.flatMap((f) => {
    const name = f.replace(/\.html$/, '');
    let expected: CliOutput;
    try {
      expected = JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.expected.json`), 'utf8')) as CliOutput;
    } catch {
      return [];
    }
    const html = readFileSync(join(FIXTURES_DIR, f), 'utf8');
    const url = /<meta name="tasklane-fixture-url" content="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    if (!url) throw new Error(`${f} has no tasklane-fixture-url meta`);
    return [{ name, file: join(FIXTURES_DIR, f), html, url, expected }];
  });
}

export function fixture(name: string): Fixture {
  const found = listFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

export function parseWithLinkedom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** happy-dom with scripts and network off: the fixtures are data, never code. */
export function parseWithHappyDom(html: string, url = 'https://example.org/'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  const parser = new window.DOMParser();
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

/** What the CLI prints for a detection result (phones to E.164 from the page's lang). */
export function toCliOutput(result: DetectResult, doc: Document): CliOutput {
  const country = defaultCountryFrom(doc.documentElement?.getAttribute('lang'));
  const contacts = withE164Phones(listedWithHints(peopleOf(result.contacts)), country);
  return { site: result.site, contacts };
}
