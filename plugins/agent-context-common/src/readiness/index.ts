export * from './readinessViews';
