// The four classification dimensions (../shared/taxonomy.md), kept free of valibot: the popup
// needs the list at run time and must not load the schemas (and valibot) to get it.
export const DIMENSIONS = ['goal', 'cycle', 'customer', 'channel'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
