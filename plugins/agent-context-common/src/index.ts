/**
 * Types and the HTTP client shared by the Agent Context plugins.
 *
 * @packageDocumentation
 */

export * from './adoption';
export * from './agentsMd';
export * from './codex';
export * from './api';
export * from './constants';
export * from './conventions';
export * from './permissions';
export * from './readiness';
export * from './relations';
export * from './types';
