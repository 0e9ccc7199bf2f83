export * from './metrics';
export * from './adoptionRow';
export * from './adoptionUserTool';
export * from './adoptionViews';
