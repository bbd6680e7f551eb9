// A CRM record's own word for the relationship: Salesforce's Type ("Customer - Direct",
// "Prospect"), HubSpot's lifecycle stage ("Lead", "Customer", 客户), Zoho's and Dynamics' account or
// relationship type: the field labelled so (in en, zh-CN, de, fr, es, ja), read beside its label.
// Every CRM shows such a field as a label and its value, so no site's markup is needed — and the
// content scripts stay as they are: this runs at click time with the message reader (loaded on
// the first click). Only the value is handed on: what it means is the classifier's
// (lib/classify/signals/relationship.ts). Never throws.
import { queryAll, textOf, valueOf } from '../dom';

/** Labels of such a field, alone in their element (a colon allowed). */
const STAGE_LABEL = /^(?:type|account type|customer type|relationship type|lifecycle stage|客户类型|客户类别|生命周期阶段|关系类型|typ|kundentyp|beziehungstyp|lebenszyklusphase|type de compte|type de relation|phase du cycle de vie|tipo de cuenta|tipo de relación|fase del ciclo de vida|取引先種別|ライフサイクルステージ)\s*[:：]?$/i;
const LABELS = 'label, dt, th, [class*="label"], [class*="Label"], span, p';
const MAX_VALUE = 60;
const MAX_LABELS = 2_000;

const short = (text: string | null | undefined) => {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value && value.length <= MAX_VALUE ? value : null;
};

/** The value beside a label: its next element (or its parent's), a control's value or text. */
function besideLabel(label: Element): string | null {
  for (const next of [label.nextElementSibling, label.parentElement?.nextElementSibling]) {
    const value = short(valueOf(next));
    if (value && !STAGE_LABEL.test(value)) return value;
  }
  return null;
}

/** The record's relationship field's value, or null. */
export function readRecordStage(doc: Document): string | null {
  try {
    for (const el of queryAll(doc, LABELS).slice(0, MAX_LABELS)) {
      if (el.childElementCount > 1 || !STAGE_LABEL.test(textOf(el, 40))) continue;
      const value = besideLabel(el);
      if (value) return value;
    }
  } catch {
    // A hostile or half-rendered page: no field read.
  }
  return null;
}
