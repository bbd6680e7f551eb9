export * from './errors';
export * from './protocol';
export { classifySender, type SenderKind } from './sender';
export { request, onChange, onProgress } from './client';
export { EARLIER_CHOICE, MAX_REASONS, type PageSuggestion, type SuggestionReason } from './suggestion';
