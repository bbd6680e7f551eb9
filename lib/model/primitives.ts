// Building blocks shared by every schema in lib/model. Every string has a length cap:
// content scripts relay page text, and a hostile page must not be able to fill the disk.
import * as v from 'valibot';
import { MAX } from './limits';

export { MAX } from './limits';

/** A bounded, trimmed string (may be empty). */
export const boundedString = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

/** A bounded, trimmed, non-empty string. */
export const requiredString = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const IdSchema = v.pipe(v.string(), v.uuid());

/** A local calendar date, `YYYY-MM-DD`. Never a Date at midnight: see lib/dates. */
export const LocalDateSchema = v.pipe(
  v.string(),
  v.isoDate(),
  // isoDate checks the shape only; 2026-02-30 is not a day.
  v.check((s) => {
    const day = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
  }, 'Not a calendar date'),
);
/** A local wall-clock time, `HH:MM`. */
export const LocalTimeSchema = v.pipe(v.string(), v.isoTime());

/** Milliseconds since the epoch. */
export const TimestampSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

export const EmailSchema = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(MAX.email), v.email());
/** E.164: a plus sign and up to 15 digits. */
export const E164Schema = v.pipe(v.string(), v.regex(/^\+[1-9]\d{5,14}$/));

export const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(MAX.url),
  v.url(),
  v.check((s) => /^https?:\/\//i.test(s), 'Only http and https addresses are kept'),
);

/** A category value id: lower-case letters, digits and underscores. */
export const CategoryIdSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]{0,39}$/));

export const HexColorSchema = v.pipe(v.string(), v.hexColor());
