import type { AnyProjection } from '../libs/read-store/src/projection-batch.js';
import { caseFileAuditsProjection } from './case-file-audits/case-file-audits.projection.js';

/** Every read model the service keeps: the api runs them, the CLI rebuilds them. */
export const ALL_PROJECTIONS: readonly AnyProjection[] = [caseFileAuditsProjection];
