// Length caps of every stored string. Kept free of valibot so the content script can cut page
// text to these caps without bundling the schemas.
export const MAX = {
  title: 200,
  notes: 5_000,
  name: 200,
  email: 254,
  phone: 32,
  /** The text around a phone a click sends (lib/detect/phone-block.ts: 320 + number + 240). */
  phoneBlock: 640,
  company: 200,
  url: 2_048,
  sourceTitle: 300,
  externalId: 300,
  dedupeKey: 400,
  label: 60,
  categoryId: 40,
  text: 20_000,
  domain: 253,
  listItems: 200,
} as const;
