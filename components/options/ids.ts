/**
 * An id for a new category value or template, made from its English label: lower-case
 * a-z0-9_, at most 40 characters, starting with a letter, not one of `taken`.
 */
export function slugId(label: string, taken: Iterable<string>, fallback = 'value'): string {
  const used = new Set(taken);
  let base = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(base)) base = base ? `${fallback}_${base}` : fallback;
  base = base.slice(0, 40).replace(/_+$/, '');
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = base.slice(0, 40 - suffix.length) + suffix;
    if (!used.has(candidate)) return candidate;
  }
}

/** Splits a textarea into trimmed, non-empty, de-duplicated lines. */
export function lines(text: string, lower = false): string[] {
  const out = text
    .split(/[\r\n]+/)
    .map((line) => (lower ? line.trim().toLowerCase() : line.trim()))
    .filter(Boolean);
  return [...new Set(out)];
}
