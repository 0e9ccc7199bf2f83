export * from './metrics';
export * from './adoptionRow';
