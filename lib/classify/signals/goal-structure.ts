/**
 * The goal's structural layer: who the sender is to us (a first contact or an existing
 * relationship) and what they ask (to buy or learn, help with what they have, money, a study).
 * Keywords say what an email is about; these two say whose work it is. goal.ts combines them:
 * a quote from an existing customer is an upsell, a "support" request from a stranger is a lead,
 * and an email with no keyword at all still gets a goal when its sender and its ask support one.
 */
import { BUY_ASKS, CARE_ASKS, EXISTING_CUES, FIRST_CONTACT_CUES, PAYMENT_ASKS, RESEARCH_ASKS } from '../goal-cues';
import { FAULT_ASKS, PURCHASE_INTENT, RETURNING_CUES, SWITCHING_CUES } from '../goal-cues-returning';
import { PLAIN_RELATIONSHIP, winBack } from '../goal-cues-history';
import { accountWork, ownSupply, structuralWinBack, welcomedInQuote } from '../goal-own-supply';
import { historyMatch, keywordPattern, type HistoryMatch } from '../goal-history';
import { EXISTING_RELATIONSHIP } from '../phrases';
import { MORE_EXISTING_CUES, SIGNED_AS_OURS, SUPPLIER_CHOICE } from '../standing-cues';
import type { ScanText } from '../scan-text';
import type { Relationship } from './relationship';

export interface Standing {
  kind: 'first' | 'existing';
  /** The words (or the record) that say so: the reason's evidence. */
  cue: string;
  /** From the sender's own words; a record or earlier tasks are not. */
  ownWords: boolean;
}

export type AskKind = 'buy' | 'care' | 'payment' | 'research';

export interface Ask {
  kind: AskKind;
  cue: string;
}

const MAX_CUE = 80;

/** The sender's history with us, in the order they are trusted (each read for its voice). */
const HISTORY_CUES: readonly RegExp[] = [keywordPattern(EXISTING_RELATIONSHIP), EXISTING_CUES, RETURNING_CUES, MORE_EXISTING_CUES, PLAIN_RELATIONSHIP];

/**
 * Who the sender is to us. Their own words first: "we've had your tills for two years" says
 * existing whatever the record says, and existing beats first ("we met at the fair in 2019 and
 * have used your kilns since"). Then what is known: a customer record or earlier tasks say
 * existing, a lead record first contact. No earlier tasks says nothing: a customer from before
 * Tasklane was installed has none (and the CLI always passes none).
 */
export function standingOf(text: ScanText, relationship: Relationship | null): Standing | null {
  const own = `${text.subject}\n${text.latest}`;
  // Service words count for the sender only when the sender is the one served (goal-history.ts):
  // "could you set up a demo" is a request, "she said you set up her trucks" a referral.
  let referral: HistoryMatch | null = null;
  for (const re of HISTORY_CUES) {
    const found = historyMatch(own, re);
    if (found?.voice === 'own') return { kind: 'existing', cue: found.cue, ownWords: true };
    if (found?.voice === 'third') referral ??= found;
  }
  // Read by structure, not phrasing (goal-own-supply.ts): their things come from us as a fact,
  // their own account thanked for, a contract signed — and a lapsed customer coming back is
  // still ours: a win-back, whatever they ask.
  const said = ownSupply(own) ?? accountWork(own) ?? winBack(own) ?? structuralWinBack(own) ?? SIGNED_AS_OURS.exec(text.signature)?.[0];
  if (said) return { kind: 'existing', cue: clip(said), ownWords: true };
  const first = FIRST_CONTACT_CUES.exec(own)?.[0] ?? SWITCHING_CUES.exec(own)?.[0];
  if (first) return { kind: 'first', cue: clip(first), ownWords: true };
  // What we did for whoever sent them to us: a referral, a first contact.
  if (referral) return { kind: 'first', cue: referral.cue, ownWords: true };
  if (relationship?.kind === 'existing') return { kind: 'existing', cue: relationship.detail, ownWords: false };
  if (relationship?.kind === 'lead') return { kind: 'first', cue: relationship.detail, ownWords: false };
  // Our own quoted message welcoming them on board: known, not said by them.
  const welcomed = welcomedInQuote(text.quoted);
  return welcomed ? { kind: 'existing', cue: welcomed, ownWords: false } : null;
}

/**
 * What the newest message asks. Money and a study are named first: a customer settling an amount
 * or a researcher asking "what would it cost" are not buying. Help with what they have comes
 * before buying ("is that something we can add" asks a price too).
 */
export function askOf(text: ScanText): Ask | null {
  const own = `${text.subject}\n${text.latest}`;
  for (const [kind, re] of ASKS) {
    const m = re.exec(own);
    if (m) return { kind, cue: clip(m[0]) };
  }
  return null;
}

const ASKS: ReadonlyArray<readonly [AskKind, RegExp]> = [
  ['payment', PAYMENT_ASKS],
  // A buyer choosing a supplier (comparing hauliers, a tender issued for a client) is buying,
  // even in words a study uses (受…委托).
  ['buy', SUPPLIER_CHOICE],
  ['research', RESEARCH_ASKS],
  ['care', CARE_ASKS],
  ['care', FAULT_ASKS],
  ['buy', BUY_ASKS],
  ['buy', PURCHASE_INTENT],
];

function clip(s: string): string {
  return s.replace(/\s+/gu, ' ').trim().slice(0, MAX_CUE);
}
