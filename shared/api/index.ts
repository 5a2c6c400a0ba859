export * from './api-result';
export * from './app-schemas';
export * from './settings-values';
export * from './library-schemas';
export * from './contract';
export * from './events';
export * from './view-schemas';
