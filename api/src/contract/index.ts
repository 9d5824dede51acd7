export * from './application';
export * from './demo';
export * from './directory-sync';
export * from './me';
export * from './problem';
export * from './programme';
