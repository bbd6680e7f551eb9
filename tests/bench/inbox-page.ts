// Writes the bench inbox: a Gmail-like page (markup, classes and attributes as in
// tests/fixtures/gmail-inbox.html) whose own script renders N rows of fictitious mail, as
// Gmail's JS does, and can swap to a thread view and stream mutations (pages/inbox-driver.js).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, SNIPPETS, SUBJECTS } from './people';

const HERE = dirname(fileURLToPath(import.meta.url));

const STYLE = `
  body { margin: 0; font: 14px Roboto, Arial, sans-serif; color: #202124; background: #f6f8fc; }
  div[role="main"] { background: #fff; margin: 8px 16px 16px 72px; border-radius: 16px; padding: 8px 0; }
  /* Rows lay out as blocks so the browser can skip the off-screen ones (content-visibility), as a
     long list in a modern web app does; a 5,000-row real table re-lays out every row per frame. */
  table.F, table.F > tbody { display: block; width: 100%; }
  tr.zA { display: flex; align-items: center; box-sizing: border-box; border-bottom: 1px solid #f1f3f4; height: 40px;
          contain: strict; }
  tr.zA > td { display: block; flex: 1 1 auto; min-width: 0; }
  tr.zE { font-weight: 700; background: #fff; }
  tr.yO { background: #f2f6fc; }
  td { padding: 0 8px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  tr.zA > td.oZ-x3 { flex: 0 0 24px; }
  tr.zA > td.yX { flex: 0 0 220px; }
  .y2 { color: #5f6368; font-weight: 400; }
  tr.zA > td.xW { flex: 0 0 90px; text-align: right; font-size: 12px; }
  h2.hP { font-size: 22px; font-weight: 400; margin: 8px 16px; }
  div.adn { border-top: 1px solid #eee; padding: 12px 16px; }
  h3.iw { margin: 0; font-size: 14px; }
  span.hb { color: #5f6368; font-size: 12px; }
  div.a3s { margin-top: 12px; line-height: 1.5; }
`;

export function inboxHtml(rows: number): string {
  const data = {
    rows,
    firstNames: FIRST_NAMES,
    lastNames: LAST_NAMES,
    companies: COMPANIES,
    subjects: SUBJECTS,
    snippets: SNIPPETS,
  };
  const driver = readFileSync(join(HERE, 'pages', 'inbox-driver.js'), 'utf8').replace('__BENCH_DATA__;', `${JSON.stringify(data).replace(/</g, '\\u003c')};`);
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="tasklane-fixture-url" content="https://mail.google.com/mail/u/0/#inbox">
<title>Inbox (12) - alex.rep@acme-sales.com - Gmail</title>
<style>${STYLE}</style>
</head>
<body>
<a aria-label="Google Account: Alex Rep (alex.rep@acme-sales.com)" href="#"></a>
<div class="nH" role="main"></div>
<script>${driver}</script>
</body>
</html>
`;
}

/** Writes `inbox-<rows>.html` into `folder` and returns its file name. */
export function writeInboxPage(folder: string, rows: number): string {
  mkdirSync(folder, { recursive: true });
  const name = `inbox-${rows}.html`;
  writeFileSync(join(folder, name), inboxHtml(rows));
  return name;
}
