export * from './application';
export * from './demo';
export * from './me';
export * from './problem';
export * from './programme';
export * from './directory-sync';
