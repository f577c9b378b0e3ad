export * from './crs-quality-check.values.js';
export * from './crs-quality-check.events.js';
export * from './crs-quality-check.commands.js';
export * from './crs-quality-check.stream.js';
export * from './crs-quality-check.errors.js';
export * from './crs-quality-check.monthly-duty.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveCrsQualityCheck,
  initialState as initialCrsQualityCheckState,
  type CrsQualityCheck,
  type CrsQualityCheckStatus,
  type NotRecordedCrsQualityCheck,
  type RecordedCrsQualityCheck,
} from './crs-quality-check.state.js';
export { crsQualityCheckDecider, decide as decideCrsQualityCheck } from './crs-quality-check.decide.js';
