/** Injection tokens for what the composition root builds from configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const READ_STORE = Symbol('READ_STORE');
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');
export const PROJECTIONS = Symbol('PROJECTIONS');
