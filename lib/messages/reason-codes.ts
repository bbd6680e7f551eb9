// Reason codes the background adds beside the classifier's own. Kept free of valibot: the
// quick-create panel reads them and must not bundle the schemas.

/** The code of a reason that comes from the rep's own earlier correction, not from the classifier. */
export const EARLIER_CHOICE = 'earlier-choice';
