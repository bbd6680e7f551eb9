// The bench's bundle figures on a made-up build: the content-script budget is per script, so the
// figure held against it is the largest content script, whichever that is.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBundles } from '../../bench/bundles';

/** Text that gzip cannot shrink much, so sizes differ by `bytes`. */
const noise = (bytes: number, seed: number) => {
  let x = seed;
  return Array.from({ length: bytes }, () => String.fromCharCode(33 + ((x = (x * 1103515245 + 12345) % 2 ** 31) % 90))).join('');
};

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(scripts: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'bundles-'));
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(join(dir, 'manifest.json'), '{}');
  writeFileSync(join(dir, 'popup.html'), '<script type="module" src="/popup.js"></script>');
  writeFileSync(join(dir, 'options.html'), '<script type="module" src="/options.js"></script>');
  for (const file of ['popup.js', 'options.js', 'background.js']) writeFileSync(join(dir, file), 'console.log(1)');
  for (const [file, text] of Object.entries(scripts)) writeFileSync(join(dir, 'content-scripts', file), text);
}

describe('measureBundles', () => {
  it('holds the largest content script against the budget, and lists each', () => {
    const scripts = { 'gmail.js': noise(2_000, 1), 'crm-salesforce.js': noise(6_000, 2), 'crm-zoho.js': noise(5_000, 4), 'custom.js': noise(4_000, 3) };
    build(scripts);
    const bundles = measureBundles(dir);
    const kb = (text: string) => gzipSync(text, { level: 9 }).length / 1000;
    expect(bundles.contentScripts).toEqual({ 'crm-salesforce.js': kb(scripts['crm-salesforce.js']), 'crm-zoho.js': kb(scripts['crm-zoho.js']), 'gmail.js': kb(scripts['gmail.js']), 'custom.js': kb(scripts['custom.js']) });
    expect(bundles.content).toBe(kb(scripts['crm-salesforce.js']));
  });
});
