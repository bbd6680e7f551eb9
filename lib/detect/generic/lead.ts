// The words written just before an address on its line, where pages put the person's name:
// "Dana Okafor <dana@…>", "发件人： 周婷 <ting@…>", "our site lead, Andrés Prieto (andres@…)" —
// in the same text, or across elements (<strong>周婷</strong> <span>&lt;<a>ting@…</a>&gt;</span>).

import { looksLikeName } from '../signature';
import { roleOfLabel, withoutLeadingLabel } from '../labels';

/** Elements that start a new line: the lead never reaches back past one. */
const LINE_START = new Set('DIV P BR LI TR TD TH TABLE H1 H2 H3 H4 H5 H6 UL OL DT DD BLOCKQUOTE HR SECTION ARTICLE BODY'.split(' '));
const MAX_LEAD = 160;
/** Two or three capitalised words ending a sentence's words, or a Han name after a title word
 *  (总监, 经理, 主管, 顾问, 专员, 会计, 律师, 财务, 销售, 采购, 客服, 前台: by their last character) —
 *  never a unit after one ("销售部邮箱（", "客服中心（" name no one; the lookahead costs crm-salesforce.js no byte). JS's \s takes the no-break space. */
const TITLED = /(?:\s|[监理管问员计师务售购服台])((?:\p{Lu}[\p{Ll}'’][\p{L}'’-]* ?){2,3}|(?!部|中心)\p{Script=Han}{2,3})$/u;

function tagOf(node: Node): string {
  return node.nodeType === 1 ? String((node as Element).tagName).toUpperCase() : '';
}

/** The text before `node` on its line: its preceding siblings, then its parent's, up to four
 *  levels out, stopping at a line break or after MAX_LEAD characters. */
export function leadBefore(node: Node): string {
  let lead = '';
  let at: Node | null = node;
  for (let level = 0; at && level < 4 && lead.length < MAX_LEAD; level++) {
    for (let prev = at.previousSibling; prev; prev = prev.previousSibling) {
      // A bracket opening the line continues the one before: a plain-text mail wrapped before
      // the address ("…aceita por Bruno Carvalho⏎(bruno@…)").
      if (LINE_START.has(tagOf(prev)) && (tagOf(prev) != 'BR' || !/^[(（]$/.test(lead.trim()))) return lead;
      // A header label in an element of its own ("<span>Fra</span> <span>Mette …"): the label,
      // as if written with its colon — never the name's first word, in a language that writes none.
      // A one-letter word ("a", "à") alone is too common a word, as ../labels.ts lastLabelIn says.
      const text = prev.textContent ?? '';
      const label = prev.nodeType === 1 && text.trim().length > 1 && roleOfLabel(text.trim());
      lead = `${text}${label ? ':' : ''}${lead}`;
      if (lead.length >= MAX_LEAD) return lead.slice(-MAX_LEAD);
    }
    at = at.parentNode;
    if (!at || LINE_START.has(tagOf(at))) break;
  }
  return lead;
}

/**
 * The name a lead ends with, just before "<" or "(": the last part after a comma, colon or label.
 * Before "<" that is any short run of words (mail writes the display name there, in any script);
 * before "(" only what reads as a person's name ("… visit on Thursday (see …" is a sentence).
 */
export function nameFromLead(raw: string): string | null {
  // A note between the name and "<" — a meeting response "（已接受）", "(Tentative)" — is not
  // where the name is: it ends before it.
  const lead = raw.replace(/[(（][^()（）<>]{1,24}[)）]\s*(?=<\s*$)/u, ' ');
  const m = /([^<(（]*?)\s*([<(（]?)\s*$/u.exec(lead)!;
  // The lazy group always takes part, and a split always gives one part at least.
  const part = m[1]!.split(/[,;，；:：、|]/).pop()!;
  // No bracket: only a Chinese name written last before the address ("销售经理 宋雨桐 song@…",
  // "<span>罗建平</span> <span>luo@…</span>"), never the words that ask to write to it ("请联系").
  const han = !m[2] && /\s(\p{Script=Han}{2,4})$/u.exec(` ${part.trim()}`)?.[1];
  // …or a sentence's name just before a comma and the address ("…las condiciones de pago con
  // Elena Castro, elena@…"): after a word of the sentence, not after a label ("Equipo: Ventas, …").
  const sentence = !m[2] && !part.trim() && /,\s*$/.test(m[1] ?? '') ? (m[1] ?? '').replace(/,\s*$/, '') : '';
  const comma = TITLED.exec(sentence)?.[1];
  if (comma && /\p{Ll}\s+$/u.test(sentence.slice(0, -comma.length)) && looksLikeName(comma)) return comma;
  if (!m[2]) return han && !/[请联系至您邮电话址]/u.test(han) && looksLikeName(han) ? han : null;
  // Prose introducing someone before "(addr": "our CFO Dana Kowalski (", "财务总监王磊（": the
  // capitalised words (or the Han name after a title word) just before the bracket.
  // "项目经理是魏东（": the name after 是 / 的, not with it.
  const titled = m[2] !== '<' && TITLED.exec(part.trim())?.[1]?.replace(/^[是的](?=\p{Script=Han}{2})/u, '');
  if (titled && looksLikeName(titled)) return titled;
  // (JS's \s is trim()'s white space.)
  const name = withoutLeadingLabel(part).replace(/^["'“”‘’\s]+|["'“”‘’\s]+$/g, '');
  if (!name || name.length > 60 || /[@\d]/.test(name) || name.split(/\s+/).length > 5) return null;
  return m[2] === '<' || looksLikeName(name) ? name : null;
}
