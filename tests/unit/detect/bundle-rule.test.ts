// The content script budget (≤ 25 KB gzip) cannot carry libphonenumber-js (~30 KB gzip): only
// lib/detect/phone.ts may import it, and no other lib/detect file may import phone.ts.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DETECT = join(__dirname, '../../../lib/detect');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe('content bundle rule', () => {
  const files = sources(DETECT).map((f) => ({ file: relative(DETECT, f), specs: imports(f) }));

  it('finds the detect sources', () => {
    expect(files.map((f) => f.file)).toContain('phone.ts');
    expect(files.length).toBeGreaterThan(10);
  });

  it('lets only phone.ts import libphonenumber-js', () => {
    const offenders = files.filter((f) => f.file !== 'phone.ts' && f.specs.some((s) => s.startsWith('libphonenumber-js')));
    expect(offenders.map((f) => f.file)).toEqual([]);
  });

  it('lets no other detect file import phone.ts', () => {
    const offenders = files.filter((f) => f.file !== 'phone.ts' && f.specs.some((s) => /(^|\/)phone(\.ts)?$/.test(s)));
    expect(offenders.map((f) => f.file)).toEqual([]);
  });

  it('keeps content-side detect code dependency-free (relative imports only)', () => {
    const external = files.filter((f) => f.file !== 'phone.ts').flatMap((f) => f.specs.filter((s) => !s.startsWith('.')).map((s) => `${f.file}: ${s}`));
    expect(external).toEqual([]);
  });

  it('never writes page text as HTML', () => {
    const offenders = files.filter((f) => /innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(readFileSync(join(DETECT, f.file), 'utf8')));
    expect(offenders.map((f) => f.file)).toEqual([]);
  });
});
