export * from './periods';
export * from './targets';
export * from './weekly';
