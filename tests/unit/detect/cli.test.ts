// The detector CLI answers to its contract for every fixture: one JSON object on stdout, equal to
// the fixture's expected JSON; clear errors and a non-zero exit on bad input.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFixtures } from './helpers';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'scripts/detect.ts');

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('detect CLI', () => {
  for (const f of listFixtures()) {
    it(`prints the expected JSON for ${f.name}`, () => {
      const r = runCli([f.file, '--url', f.url]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(f.expected);
      // Exactly one JSON object, every contact with exactly the five contract fields.
      const out = JSON.parse(r.stdout) as { contacts: Record<string, unknown>[] };
      for (const c of out.contacts) expect(Object.keys(c).sort()).toEqual(['company', 'email', 'name', 'phone', 'role']);
    }, 60_000);
  }

  it('falls back to the page\'s fixture URL when --url is omitted', () => {
    const f = listFixtures().find((x) => x.name === 'gmail-thread')!;
    expect(JSON.parse(runCli([f.file]).stdout)).toEqual(f.expected);
  }, 60_000);

  it('fails clearly on a missing file', () => {
    const r = runCli(['/nonexistent/page.html', '--url', 'https://mail.google.com/']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot read \/nonexistent\/page\.html/);
    expect(r.stdout).toBe('');
  }, 60_000);

  it('fails clearly on bad arguments', () => {
    expect(runCli([]).stderr).toMatch(/missing <file\.html>/);
    expect(runCli([]).status).not.toBe(0);
    const f = listFixtures()[0]!;
    const badUrl = runCli([f.file, '--url', 'not a url']);
    expect(badUrl.status).not.toBe(0);
    expect(badUrl.stderr).toMatch(/not a URL/);
    expect(runCli([f.file, '--bogus']).stderr).toMatch(/unknown option --bogus/);
    expect(runCli([f.file, '--url']).stderr).toMatch(/--url needs a value/);
  }, 60_000);
});
