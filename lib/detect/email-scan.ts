// Finding email addresses in arbitrary page text without false positives and without regex
// backtracking: we look for each '@' with indexOf and grow the address outwards by hand, so a
// megabyte of hostile text costs one linear pass.

const LOCAL_CHARS = /[A-Za-z0-9._%+\-'!#$&*=?^`{|}~]/;
const DOMAIN_CHARS = /[A-Za-z0-9.\-]/;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** Top-level "domains" that are really file extensions: image@2x.png, icon@3x.webp, font@1.woff2. */
const FILE_EXTENSIONS = new Set('png jpg jpeg gif svg webp avif bmp ico tif tiff css js mjs cjs ts tsx jsx json map woff woff2 ttf otf eot mp4 webm mp3 wav pdf zip gz tgz html htm xml txt md lock'.split(' '));

/** Hosts that only ever appear in Message-IDs, never as a person's mailbox. */
const MESSAGE_ID_HOSTS = /(^|\.)(mail\.gmail\.com|prod\.outlook\.com|prod\.exchangelabs\.com|outlook\.office365\.com|smtp\.[a-z0-9.-]+\.amazonses\.com|mx\.google\.com)$/;

const VALID_EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,24}$/;

/** Lower-cased address when s is one valid, person-like email address; otherwise null. */
export function validEmail(s: string): string | null {
  const email = s.trim().toLowerCase();
  if (email.length < 6 || email.length > 254) return null;
  const at = email.lastIndexOf('@');
  if (at < 1 || at > MAX_LOCAL) return null;
  if (!VALID_EMAIL.test(email)) return null;
  const domain = email.slice(at + 1);
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (FILE_EXTENSIONS.has(tld)) return null;
  if (MESSAGE_ID_HOSTS.test(domain)) return null;
  // "name@2x.png"-style retina suffixes and "pkg@1.0.0" never have a digit-led second-level label
  // followed by a file/number TLD; a purely numeric label before the TLD is a version, not a host.
  if (/^\d+x\./.test(domain)) return null;
  return email;
}

/** Message-ID-like local parts: long runs mixing digits and symbols (CAF=..., 5f3a.b2c1...). */
function looksLikeMessageId(local: string): boolean {
  if (/[=$]/.test(local)) return true;
  if (local.length < 20) return false;
  const digits = local.replace(/\D/g, '').length;
  return digits / local.length > 0.3;
}

export interface EmailHit { email: string; index: number; end: number }

/** Every address in text, with its position; near misses (file names, Message-IDs,
 *  npm specifiers, versions) rejected. */
export function findEmails(text: string, limit = 200): EmailHit[] {
  const hits: EmailHit[] = [];
  let from = 0;
  while (hits.length < limit) {
    const at = text.indexOf('@', from);
    if (at < 0) break;
    from = at + 1;
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && LOCAL_CHARS.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN_CHARS.test(text.charAt(end))) end++;
    // Trailing dots/hyphens are sentence punctuation, not part of the host.
    while (end > at + 1 && /[.\-]/.test(text.charAt(end - 1))) end--;
    while (start < at && /[.'`{|}~]/.test(text.charAt(start))) start++;
    if (start === at || end === at + 1) continue;
    const before = text.charAt(start - 1);
    const after = text.charAt(end);
    // "@scope/pkg@1.0.0", "https://user@host", "git@host:repo": the address is part of a path.
    if (before === '/' || before === ':' || before === '@') continue;
    if (after === '@' || (after === ':' && /\S/.test(text.charAt(end + 1))) || after === '/') continue;
    const local = text.slice(start, at);
    // "<CAF...@mail.gmail.com>" and similar Message-IDs.
    if (before === '<' && after === '>' && looksLikeMessageId(local)) continue;
    if (looksLikeMessageId(local) && /message-id|in-reply-to|references/i.test(text.slice(Math.max(0, start - 40), start))) continue;
    const email = validEmail(text.slice(start, end));
    if (email) hits.push({ email, index: start, end });
  }
  return hits;
}

/** The address in "mailto:a@b.com?subject=…" (first of several), or null. */
export function emailFromMailto(href: string): string | null {
  const m = /^\s*mailto:([^?#]*)/i.exec(href);
  if (!m || m[1] === undefined) return null;
  let value = m[1];
  try {
    value = decodeURIComponent(value);
  } catch {
    // Malformed escapes: keep the raw text.
  }
  const first = value.split(/[,;]/)[0] ?? '';
  return validEmail(first.replace(/^.*</, '').replace(/>.*$/, ''));
}

/** Splits "Jane Doe <jane@x.com>" / "jane@x.com (Jane Doe)" into name and address. */
export function splitNameAndEmail(s: string): { name: string | null; email: string | null } {
  const text = s.slice(0, 500);
  const angled = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(text);
  if (angled) return { name: angled[1]?.trim() || null, email: validEmail(angled[2] ?? '') };
  const paren = /^\s*([^\s()]+@[^\s()]+)\s*\((.*?)\)/.exec(text);
  if (paren) return { name: paren[2]?.trim() || null, email: validEmail(paren[1] ?? '') };
  const hit = findEmails(text, 1)[0];
  if (hit) {
    const rest = (text.slice(0, hit.index) + text.slice(hit.end)).replace(/[<>()[\]"';,]/g, ' ').trim();
    return { name: rest || null, email: hit.email };
  }
  return { name: text.trim() || null, email: null };
}
