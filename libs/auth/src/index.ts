export * from './algorithms.js';
export * from './jwt.js';
export * from './oidc.js';
export * from './token-verifier.js';
