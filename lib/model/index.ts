export * from './primitives';
export * from './category';
export * from './template';
export * from './contact';
export * from './task';
export * from './settings';
export * from './target';
export * from './import';
