// One record per person, merged by normalised email, then phone (see lib/db/contacts.ts).
import * as v from 'valibot';
import { TaskCategoriesSchema } from './category';
import { E164Schema, EmailSchema, IdSchema, MAX, TimestampSchema, boundedString } from './primitives';

export const ContactSchema = v.object({
  id: IdSchema,
  name: boundedString(MAX.name),
  email: v.optional(EmailSchema),
  phone: v.optional(E164Schema),
  company: boundedString(MAX.company),
  firstSeen: TimestampSchema,
  lastSeen: TimestampSchema,
  /**
   * The categories the rep chose for this person when they corrected a suggestion: the next
   * suggestion for them starts from these (lib/db/choices.ts).
   */
  choices: v.optional(TaskCategoriesSchema),
});
export type Contact = v.InferOutput<typeof ContactSchema>;

/**
 * A person as a page or a form describes them. The phone may be raw ("(415) 555-0134"):
 * the background turns it into E.164 before it is stored.
 */
export const ContactInputSchema = v.pipe(
  v.object({
    name: v.optional(boundedString(MAX.name)),
    email: v.optional(EmailSchema),
    phone: v.optional(boundedString(MAX.phone)),
    company: v.optional(boundedString(MAX.company)),
    /** Countries a phone written without "+" may be in, strongest first: regions ("AU") or an
     *  international number beside it (lib/detect/phone-hints.ts). */
    phoneHints: v.optional(v.pipe(v.array(boundedString(MAX.phone)), v.maxLength(4))),
    /** The page's text around a phone written without "+" (lib/detect/phone-block.ts): the
     *  background reads the writer's country from it (lib/detect/phone-hints.ts hintsFor). */
    phoneBlock: v.optional(boundedString(MAX.phoneBlock)),
  }),
  v.check((c) => Boolean(c.email || c.phone || c.name), 'A contact needs a name, an email or a phone'),
);
export type ContactInput = v.InferOutput<typeof ContactInputSchema>;

/** A contact as the background has normalised it (email lower-cased, phone E.164), ready to find or store. */
export interface NormalContact {
  name?: string;
  email?: string;
  phone?: string;
  company?: string;
}
