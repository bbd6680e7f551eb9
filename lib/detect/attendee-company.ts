// A person's company written after their name where an address book shows it: a meeting's
// attendees ("김민준 (한빛전자)", "Hiroshi Yamada - Kizuna Parts K.K.", "Sophie Martin | Lumière
// Composants"), a directory's persona. The part after the name is a company only when it says so:
// a legal form ("(주)…", "㈜", "K.K.", "GmbH"), a business word at its end ("…전자", "…商事",
// "…科技", "Logistics"), or the words of the person's own address domain (lumiere-composants.fr
// for "Lumière Composants"). A response ("(미정)"), a department ("(영업팀)"), a job title or a
// city is none; no company is ever made from a domain alone. Read by the signature kit and the
// CLI (./quoted-signatures.ts signatureContacts), never inline in a content script. A name the
// page's readers read with the company after it stays so: a button keeps the name it was placed
// with before the kit came (lib/content/placed-people.ts), so cutting the company off in the
// merge would make the CLI and the browser disagree.

import { makeContact } from './contact';
import { attr, queryAll, textOf, walkText } from './dom';
import { findEmails } from './email-scan';
import { hasLegalForm } from './legal-forms';
import { looksLikeName, TITLE_WORDS } from './signature';
import type { DetectedContact } from './types';

const HOLDERS = '[title*="@"], [email], [data-email], [aria-label*="@"], [data-hovercard-id*="@"]';
const MAX_HOLDERS = 500;

/** "Name (Company)", one level of brackets inside ("이지은 ((주)대성정밀)"), or "Name - Company" /
 *  "Name | Company" / "Name · Company". */
const BRACKETED = /^(.+?)\s*[(（]((?:[^()（）]|[(（][^()（）]*[)）])+)[)）]$/u;
const SEPARATED = /^(.+?)\s+[-–|·]\s+(.+)$/u;

/** A business word ending a company's name in Korean, Japanese and Chinese, or standing in a
 *  Latin one. */
const BUSINESS = /(?:전자|전기|정밀|무역|산업|건설|화학|제약|통신|물산|상사|은행|보험|증권|테크|소프트|시스템즈?|엔지니어링|그룹|코리아|중공업|자동차|물류|식품|에너지|商事|物産|工業|電機|電気|製作所|産業|技研|精機|製薬|銀行|証券|建設|通商|貿易|贸易|科技|电子|電子|实业|實業|集团|集團|控股|物流|制造|製造|机械|機械)$|\b(?:logistics|electronics|trading|manufacturing|engineering|consulting|components|software|pharma|motors|foods|chemicals|composants|technik|meccanica|elettronica|componentes|logística|sistemas)\b/iu;

/** A department, a team or an office: "(영업팀)", "(営業部)", "(采购部)", "- Sales Team". */
const DEPARTMENT = /(?:팀|본부|부서|센터|部|課|科|室|组|組|中心)$|\b(?:team|dept|department|abteilung|service|servizio|ufficio|équipe)\b/iu;

/** A role badge or a response in brackets ("(External)", "(Guest)", "(미정)"): whatever the domain spells. */
const BADGE = /^(?:external|extern[eo]?|guest|gast|invité|organi[sz]er|tentative|accepted|declined|미정|수락함?|거절함?|外部|已接受|暂定|已拒绝|未响应)$/iu;

/** Letters and digits only, lower case, no accents: "Lumière Composants" → "lumierecomposants". */
const compact = (text: string): string => text.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/** The company a name's trailing part names, or null. */
export function companyAfterName(part: string, email: string | null): string | null {
  const text = part.trim();
  if (text.length < 2 || BADGE.test(text) || TITLE_WORDS.test(text) || DEPARTMENT.test(text) || /\d|@/.test(text)) return null;
  if (hasLegalForm(text) || BUSINESS.test(text)) return text;
  // The company's own letters begin with the whole organisation part of the address.
  const org = compact(email?.split('@')[1]?.split('.')[0] ?? '');
  return org.length >= 3 && compact(text).startsWith(org) ? text : null;
}

/** "김민준 (한빛전자) <minjun@…>" written in a text (a meeting's "필수: …; …" line, its label dropped). */
const WRITTEN = /([^;,，；<>]{2,80}?)\s*<([^<>\s]+@[^<>\s]+)>/gu;

/** The name and company of `shown` (a response mark after it dropped) with `email`, or nothing. */
function withCompany(shown: string, email: string, at: Element): DetectedContact[] {
  // A response mark after the name ("✓", "?") is not part of the company.
  const text = shown.replace(/[\s✓✔✗?？]+$/u, '');
  const m = BRACKETED.exec(text) ?? SEPARATED.exec(text);
  const company = m && looksLikeName(m[1]!) ? companyAfterName(m[2]!, email) : null;
  // The name without the company: it only names a person no reader named (the merge keeps a
  // name read first, and the longer of two that start alike), so the CLI and the browser agree.
  return company ? [makeContact({ name: m![1]!.trim(), email, company }, 'mentioned', at)] : [];
}

/** Each person shown as a name and their company, with the address their element carries or
 *  written after them. */
export function attendeeCompanies(root: ParentNode): DetectedContact[] {
  const out: DetectedContact[] = [];
  walkText(root as Node, (text, parent) => {
    if (!text.includes('@') || parent.closest('[role="row"], [role="option"], tr')) return;
    for (const m of text.matchAll(WRITTEN)) out.push(...withCompany(m[1]!.replace(/^[^:：]{1,12}[:：]\s*/u, '').trim(), m[2]!, parent));
  });
  for (const el of queryAll(root, HOLDERS).slice(0, MAX_HOLDERS)) {
    // A list row's sender is that row's (a message list): not read here.
    if (el.closest('[role="row"], [role="option"], tr')) continue;
    const email = findEmails(`${attr(el, 'title') ?? ''} ${attr(el, 'email') ?? ''} ${attr(el, 'data-email') ?? ''} ${attr(el, 'aria-label') ?? ''} ${attr(el, 'data-hovercard-id') ?? ''}`, 2);
    if (email.length === 1) out.push(...withCompany(textOf(el, 120), email[0]!.email, el));
  }
  return out;
}
