/**
 * suggest(): categories, due date and title for a task about one contact, each with the
 * reason the panel shows. Pure and synchronous; runs in the background service worker.
 *
 * Every input field may be missing or of the wrong type (it arrives from a content script),
 * and nothing here throws: a suggestion is a convenience, and the user can always edit it.
 */
import { emailDomain } from './domains';
import { scanText } from './scan-text';
import { decideChannel } from './signals/channel';
import { decideCustomer } from './signals/customer';
import { resellerIsBusiness } from './signals/customer-reseller';
import { decideCycle } from './signals/cycle';
import { DEFAULT_DUE_OFFSET_DAYS, decideDue, defaultDue, resolveToday } from './signals/due';
import { decideGoal } from './signals/goal';
import { relationshipOf } from './signals/relationship';
import { buildTitle } from './title';
import type { ClassifierConfig, ClassifyInput, Decision, Dimension, Reason, Suggestion } from './types';

export function suggest(input: ClassifyInput, config: ClassifierConfig = {}): Suggestion {
  const now = input?.now instanceof Date && !Number.isNaN(input.now.getTime()) ? input.now : new Date();
  const locale = input?.locale === 'zh-CN' ? 'zh-CN' : 'en';
  const timeZone = typeof input?.timeZone === 'string' ? input.timeZone : undefined;
  try {
    return classify(input, config ?? {}, now, locale, timeZone);
  } catch {
    // Defence in depth: the signals are written not to throw, but a task must still be creatable
    // if one does on input nobody foresaw.
    return fallback(input, config?.defaultDueOffsetDays, now, locale, timeZone);
  }
}

function classify(
  input: ClassifyInput,
  config: ClassifierConfig,
  now: Date,
  locale: 'en' | 'zh-CN',
  timeZone: string | undefined,
): Suggestion {
  const contact = input.contact && typeof input.contact === 'object' ? input.contact : null;
  const domain = emailDomain(contact?.email);
  const text = scanText(input.subject, input.text, { quoted: input.quoted, signature: input.signature });
  const fromCrm = input.fromCrm === true;
  const relationship = relationshipOf(input.site, input.url, input.history, fromCrm, `${text.subject}\n${text.latest}`, input.recordStage);

  const found = decideCustomer(domain, contact?.company, config.freeMailOverrides, text);
  const channel = decideChannel({
    site: input.site,
    url: input.url,
    emailDomain: domain,
    resellerDomains: config.resellerDomains,
    text,
    fromCrm,
    company: found?.value === 'b2b' ? found.company : null,
  });
  const customer = resellerIsBusiness(found, channel, text);
  const reseller = channel?.value === 'distribution' ? channel.detail : null;
  const storeOrder = channel?.code === 'online-store' && /\/orders?(?:\/|$)/iu.test(String(input.url)) ? channel.detail : null;
  const consumer = customer?.value === 'b2c';
  const goal = decideGoal(text, relationship, config.keywords, { reseller, storeOrder, consumer, locale });
  const cycle = decideCycle(text);
  const today = resolveToday(input.today, now, timeZone);
  const due = decideDue(text, { today, sentAt: input.sentAt, timeZone, locale, offsetDays: config.defaultDueOffsetDays });

  const reasons: Reason[] = [
    ...reasonFor('goal', goal),
    ...reasonFor('cycle', cycle),
    ...reasonFor('customer', customer),
    ...reasonFor('channel', channel),
    due.reason,
  ];
  return {
    categories: {
      ...(goal ? { goal: goal.value } : {}),
      cycle: cycle.value,
      ...(customer ? { customer: customer.value } : {}),
      ...(channel ? { channel: channel.value } : {}),
    },
    due: due.due,
    title: buildTitle({ subject: input.subject, name: contact?.name, email: contact?.email, company: contact?.company }, locale),
    reasons,
  };
}

function reasonFor(dimension: Dimension, decision: Decision<string> | undefined): Reason[] {
  return decision ? [{ dimension, value: decision.value, code: decision.code, detail: decision.detail }] : [];
}

/** The least a task needs: a title and a due date. */
function fallback(
  input: ClassifyInput,
  offsetDays: number | undefined,
  now: Date,
  locale: 'en' | 'zh-CN',
  timeZone: string | undefined,
): Suggestion {
  let title: string;
  try {
    const contact = input?.contact;
    title = buildTitle({ subject: input?.subject, name: contact?.name, email: contact?.email }, locale);
  } catch {
    title = locale === 'zh-CN' ? '跟进' : 'Follow up';
  }
  let today: string;
  try {
    today = resolveToday(input?.today, now, timeZone);
  } catch {
    today = new Date().toISOString().slice(0, 10);
  }
  const due = defaultDue(today, locale, offsetDays ?? DEFAULT_DUE_OFFSET_DAYS);
  return { categories: {}, due: due.due, title, reasons: [due.reason] };
}
