export * from './errors';
export * from './protocol';
export { classifySender, type SenderKind } from './sender';
export { request, onChange } from './client';
