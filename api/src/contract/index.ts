export * from './application';
export * from './demo';
export * from './directory-sync';
export * from './matching';
export * from './me';
export * from './problem';
export * from './programme';
