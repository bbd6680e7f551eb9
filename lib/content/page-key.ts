// The parts of a follow-up's dedupe key that come from the page: where (a thread, a record, else
// the page's address) and who. Pure, and small: it runs in the content script.

/**
 * Query parameters that never tell one page from another: the click ids ad networks and
 * newsletters add to links (utm_*, fbclid, gclid, …) and `_`, the timestamp script libraries add
 * to dodge caches. Left in, the same message opened from a newsletter link and from the inbox
 * would be two keys. Session ids (QQ Mail's `sid`) stay: a key that changes at the next login can
 * at worst let a second task be made, while dropping a parameter that does tell pages apart would
 * merge different emails into one task again.
 */
const VOLATILE_PARAM = /^(?:utm_\w+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|_ga|_gl|igshid|_)$/i;

/**
 * The page's whole address as a key: webmails and CRMs route by query (Roundcube's `?_uid=12`) or
 * hash (`#/read/12`) as often as by path, so origin and path alone would make every message one
 * page. Parameters are sorted (their order never names another page) and volatile ones dropped.
 */
export function pageKey(url: URL): string {
  const params = [...url.searchParams].filter(([name]) => !VOLATILE_PARAM.test(name));
  // A stable sort: repeated names keep their order, which can matter.
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}

/**
 * An email named by nothing but its own words: the page's origin and path with a hash of its
 * subject, sender and sent date. For webmails that show every email at one address with no id
 * in it or on the page (QQ Mail's `/cgi-bin/frame_html`): two emails from one person are two
 * keys, and the same email opened again (even with a new session id in the address) is one.
 */
export function messageKey(url: URL, words: readonly (string | null | undefined)[]): string {
  const text = words.map((w) => w ?? '').join('\u001f');
  return `${url.origin}${url.pathname}#m:${fnv(text, 0x811c9dc5)}${fnv(text, 0x01234567)}`;
}

/** 32-bit FNV-1a of `text` from `seed`, as 8 hex digits. */
function fnv(text: string, seed: number): string {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

// Control characters never reach a key: the store puts a control character between a key and a
// panel submission's id (lib/db/dedupe.ts), so a page must not be able to write one.
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * `text` cleaned of control characters and at most `max` characters long. A longer one keeps its
 * head and a hash of the whole, so two long addresses that differ only at the end stay two keys
 * (cutting them would merge them), and what follows in the key is never cut off.
 */
export function keyPart(text: string, max: number): string {
  const clean = text.replace(CONTROL, ' ');
  if (clean.length <= max) return clean;
  return `${clean.slice(0, max - 18)}~${fnv(clean, 0x811c9dc5)}${fnv(clean, 0x01234567)}`;
}
