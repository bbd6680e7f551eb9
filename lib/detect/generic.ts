// The generic core: runs on every page beside the site's adapter (lib/detect/index.ts merges
// the two per person) and alone on pages no adapter knows. It reads people the way every
// webmail and CRM shows them — addresses in attributes and text with the name beside them,
// header labels for roles, sign-off blocks, structured data — one file per way of reading
// (lib/detect/generic/).

import { safely } from './contact';
import { detectLinks } from './generic/links';
import { detectAttributePeople } from './generic/people';
import { detectText } from './generic/text';
import type { SignatureReader } from './generic/signatures';
import type { DetectedContact } from './types';

/** A reader of the generic core beyond the ones every page gets (./generic/records.ts). */
export type GenericReader = (root: ParentNode) => DetectedContact[];

/**
 * Everyone the generic core reads under root: people in attributes and links, sign-off blocks
 * (`signatures`: ./generic/signatures.ts, which crm-<id>.js loads late), addresses and phones in text
 * — and whatever `readers` a detector adds (record pages' fields, tables of people, structured
 * data: ./generic/records.ts). `known` holds the addresses the
 * site's adapter already placed: they are still reported (the merge takes any field the adapter
 * lacked) but their header role is not worked out again. Addresses written in the text of
 * `listRow`s (a message list's previews) are snippets of mail, not people: only the rows' people
 * are read, and not even those in the rows `covered` says the adapter has read.
 */
export function detectGeneric(root: ParentNode, known: ReadonlySet<string> = new Set(), listRow?: string, readers: readonly GenericReader[] = [], covered?: (el: Element) => boolean, body?: string, signatures?: SignatureReader): DetectedContact[] {
  return [
    ...readers.flatMap((read) => safely([], () => read(root))),
    ...safely([], () => detectAttributePeople(root, known, covered)),
    ...safely([], () => detectLinks(root)),
    ...safely([], () => signatures?.(root, body) ?? []),
    ...safely([], () => detectText(root, undefined, listRow)),
  ];
}
