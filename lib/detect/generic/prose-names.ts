// Names that prose writes beside a bracketed address, which the core's lead (./lead.ts) leaves
// out — it takes a Chinese name only after a title word it knows by its last character:
// - a name after a department, a title, 是 or 的, perhaps with a verb before the bracket:
//   "质量部谢芳（xie.fang@…）会参与评审", "新校区的负责人是宋佳（songjia@…）",
//   "请与我们财务部的陈静联系（chen.jing@…）", "请与我司法务何丽联系（heli@…）";
// - a name inside the bracket, before the address: "黄总（黄建国，huang.jianguo@…）",
//   "our CFO (Dana Kowalski, dana@…)".
// Read in message bodies with the sign-off blocks (signature-kit.js, and the CLI): a content
// script's budget has no room for it. The merge takes the name read here (these finds come
// before the core's text finds of the same address, ../generic.ts).

import { makeContact } from '../contact';
import { walkText } from '../dom';
import { findEmails } from '../email-scan';
import { looksLikeName } from '../signature';
import type { DetectedContact } from '../types';
import { leadBefore } from './lead';
import { messageBodies, type SignatureReader } from './signatures';

/** What ends the words before a name: a department or unit (质量部, 采购部门, 我司, 办公室), a title
 *  (法务, 总监, 经理, 负责人, 工程师…), "是" (the lead is …) or "的" (our … 's). */
const BEFORE_NAME = /(?:[部司处科组室是的]|部门|中心|法务|财务|销售|采购|客服|前台|行政|人事|总监|经理|主管|主任|顾问|专员|助理|代表|会计|律师|秘书|工程师|负责人|联系人|对接人|同事)$/u;
const WITH_OR_BEFORE_NAME = new RegExp(`[与和跟同]$|${BEFORE_NAME.source}`, 'u');
/** A verb written between the name and the bracket: "请与陈静联系（…）". */
const VERB = /(?:联系|联络|对接|沟通)$/u;
/** Characters no Chinese name is written with but the words around addresses are — a mailbox,
 *  an attachment, a unit, a request ("销售部邮箱", "详见附件", "请发送至…") —, and the words of a
 *  team or desk written where a name would be ("客服中心", "财务团队", "服务热线"). */
const NOT_IN_NAME = /[邮箱件址您请们附送至联系询号统司部处室组的是与及或在给由将把被见详]|中心|团队|窗口|热线|专线|人员|总部|平台|客服|前台|财务|法务|行政|人事/u;

/** The name prose writes just before "（address" (or before "联系（"): the 2–3 Han characters
 *  after a department, title, 是 or 的 — or 与 / 和 before the verb — (a three-character name
 *  first, unless it holds such a word's end). */
export function hanNameBefore(lead: string): string | null {
  const written = /(\p{Script=Han}{3,16})\s*[(（]\s*$/u.exec(lead)?.[1];
  if (!written) return null;
  const run = written.replace(VERB, '');
  // With the verb, "与 / 和 / 跟 / 同" before the name: "请与陈静联系（", "直接和江涛对接（".
  const before = run === written ? BEFORE_NAME : WITH_OR_BEFORE_NAME;
  for (const n of [3, 2]) {
    const name = run.slice(-n);
    if (name.length === n && before.test(run.slice(0, -n)) && !NOT_IN_NAME.test(name) && looksLikeName(name)) return name;
  }
  return null;
}

/** The name written inside the bracket, before the address and a comma: "黄总（黄建国，", "(Dana Kowalski, ". */
export function nameInBracket(lead: string): string | null {
  const m = /([^()（）]*)[(（]\s*([^()（）<>@,，;；:：、\d]{2,40}?)\s*[,，;；:：、]\s*$/u.exec(lead);
  const name = m?.[2];
  if (!name || !looksLikeName(name)) return null;
  // Two Han characters are as often a word ("（合同，…"): a Han name only after its surname with a
  // title ("黄总（黄建国，", "陈经理（陈静，") or after a department or title word ("财务部（李娜，").
  const said = m[1]!.trim();
  return !/\p{Script=Han}/u.test(name) || (!NOT_IN_NAME.test(name) && (new RegExp(`${[...name][0]}\\p{Script=Han}{1,2}$`, 'u').test(said) || BEFORE_NAME.test(said))) ? name : null;
}

/** A row of a message list or grid (a page read whole may be one). */
const LIST_ITEM = '[role=row], [role=option], [role=gridcell]';

/** Each bracketed address in the message bodies under root whose prose names its person. */
export function proseNames(root: ParentNode, body?: string): DetectedContact[] {
  const out: DetectedContact[] = [];
  for (const el of messageBodies(root, body).els) {
    if (el.closest('[contenteditable]')) continue;
    walkText(el, (text, parent) => {
      // A list row's preview is a snippet of mail, whose people the core does not read either.
      if (text.indexOf('@') < 0 || parent.closest(LIST_ITEM)) return;
      for (const hit of findEmails(text, 20)) {
        const before = text.slice(0, hit.index);
        // An address alone in its element (a link): the words before it are before the element.
        const node = before.replace(/[(（\s]/g, '') ? null : [...parent.childNodes].find((n) => n.nodeType === 3 && text.startsWith((n as Text).data));
        const lead = ((node ? leadBefore(node) : '') + before).slice(-80);
        const name = nameInBracket(lead) ?? hanNameBefore(lead);
        if (name) out.push(makeContact({ email: hit.email, name }, 'mentioned', parent));
      }
    });
  }
  return out;
}

/** The sign-off reader with the prose's names before its finds. */
export const withProseNames = (read: SignatureReader): SignatureReader => (root, body) => [...proseNames(root, body), ...read(root, body)];
