// A CRM record's assistant pair (Salesforce "Assistant" / "Asst. Phone", Zoho "Assistant" /
// "Asst Phone", Dynamics "Assistant" / "Assistant Phone"; "Telefon (Assistent)", "Téléphone de
// l'assistante", "助理电话"…): the assistant's number is never the record person's — a rep who dials
// the record's phone means to reach the person, not the desk in front of them. A named assistant
// is a person of the record of their own, with that number; an unnamed one's number is nobody's.
// Read by the lone-phone namer (./mention-extras.ts: the mention kit and the CLI), which every
// script asks before a lone number joins the record (./ownership.ts).

import { attr, textOf } from './dom';
import type { DetectedContact } from './types';

/** The assistant's word, in the languages CRMs are used in. */
const ASSISTANT = /(?:^|[^\p{L}])(?:asst|assistant|assistante|assistent|assistentin|asistente|assistente|asystent(?:ka)?|secretary|sekret(?:ä|a)rin)(?![\p{L}])|助理|秘书|秘書|アシスタント|비서/iu;
/** A phone's word beside it ("Asst. Phone", "Assistant Phone", "Telefon (Assistent)", "助理电话"). */
const PHONE_WORD = /phone|tel|téléphone|teléfono|telefono|telefon|mobile|电话|電話|手机|번호/iu;
/** A label is short and holds no digits (a value never is one). */
const isLabel = (text: string) => text.length > 1 && text.length <= 40 && !/\d|@/.test(text);

/** The label written before a field's value: the value's own aria-label, else the text of the
 *  element just before it or before one of its two nearest containers. */
function labelBefore(el: Element): string | null {
  const own = attr(el, 'aria-label');
  if (own && isLabel(own)) return own;
  for (let from: Element | null = el, level = 0; from && level < 3; from = from.parentElement, level++) {
    const text = textOf(from.previousElementSibling, 60).trim();
    if (text) return isLabel(text) ? text : null;
  }
  return null;
}

/** The value of the page's assistant-name field ("Assistant", "Assistant Name", "助理"): the
 *  element after the label, its input's value where it is one. */
function assistantName(doc: Document): string | null {
  for (const el of doc.querySelectorAll('label, td, th, dt, span, div')) {
    if (el.childElementCount) continue;
    const text = textOf(el, 60).trim();
    if (!isLabel(text) || !ASSISTANT.test(text) || PHONE_WORD.test(text)) continue;
    const value = el.nextElementSibling;
    const input = value?.matches('input') ? value : value?.querySelector('input');
    const name = (input ? attr(input, 'value') : textOf(value, 80).trim()) ?? '';
    return name && isLabel(name) ? name : null;
  }
  return null;
}

/** Whether `lone`'s number is an assistant's field: undefined when it is not; else the assistant's
 *  name, or false when the page names none (the number is nobody's). */
export function assistantPhone(lone: DetectedContact): string | false | undefined {
  const label = labelBefore(lone.anchor);
  if (!label || !ASSISTANT.test(label) || !PHONE_WORD.test(label)) return undefined;
  return assistantName(lone.anchor.ownerDocument) ?? false;
}
