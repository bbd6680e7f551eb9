// Building DetectedContact values in one place, so every detector fills every field.

import type { ContactRole, DetectedContact } from './types';

export interface ContactFields {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
}

export function makeContact(fields: ContactFields, role: ContactRole, anchor: Element): DetectedContact {
  return {
    name: fields.name ?? null,
    email: fields.email ?? null,
    phone: fields.phone ?? null,
    company: fields.company ?? null,
    role,
    anchor,
  };
}

/** Runs one detector step, so a surprise in one part of a page never loses the rest. */
export function safely<T>(fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (import.meta.env?.DEV) console.debug('[tasklane/detect] step failed', err);
    return fallback;
  }
}
