import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { familyAnswers, keyInformation, PEN_PICTURE } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { run, type Receipt } from './case-file-audit.client.js';

/** Steps of the form a client takes, reused across the end-to-end tests. */

export const AUDITOR = 'staff-tm-0042';
export const TEAM = 'team-north-1';
/** CFA-9: a Head of Service who moderates. */
export const HEAD_OF_SERVICE = 'staff-hos-0003';

export async function scheduleAndStart(
  app: INestApplication,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<{ auditId: string; started: Receipt }> {
  const auditId = randomUUID();
  await run(app, token, 'schedule', {
    auditId,
    azeusNumber: 'AZ-104233',
    auditType: 'MONTHLY',
    auditorId: AUDITOR,
    dueDate: '2025-06-30',
    teamId: TEAM,
    ...overrides,
  });
  const started = await run(app, token, 'start', { auditId });
  return { auditId, started };
}

/** Sections 1, 3, 4, 5 and every criterion: 12 and 14 not applicable, the rest graded Good. */
export async function fillInForm(app: INestApplication, token: string, auditId: string): Promise<Receipt> {
  await run(app, token, 'keyInformation', { auditId, penPicture: PEN_PICTURE, keyInformation });
  for (let criterion = 1; criterion <= 16; criterion++) {
    if (criterion === 12) {
      await run(app, token, 'notApplicable', { auditId, criterion, reason: 'Child placed in borough' });
    } else if (criterion === 14) {
      await run(app, token, 'notApplicable', { auditId, criterion, reason: 'Child has never been missing' });
    } else {
      await run(app, token, 'grade', { auditId, criterion, evaluation: `Evidence for criterion ${criterion}`, grade: 'GOOD' });
    }
  }
  await run(app, token, 'familyFeedback', { auditId, answers: familyAnswers, givenBy: 'Mother' });
  await run(app, token, 'workerComments', { auditId, comments: 'Agree with the findings; plan to be updated.' });
  await run(app, token, 'recommendation', {
    auditId,
    action: 'Update the CP plan with measurable outcomes',
    completionDate: '2025-07-15',
    responsible: 'Hannah Lewis (SW)',
  });
  return run(app, token, 'summary', {
    auditId,
    strengths: 'Child seen alone regularly',
    areasForImprovement: 'Plan not SMART',
  });
}

/** An audit scheduled, filled in and submitted with the given overall grade (every criterion Good). */
export async function submittedAudit(
  app: INestApplication,
  token: string,
  overrides: Record<string, unknown> = {},
  overallGrade = 'GOOD',
): Promise<{ auditId: string; submitted: Receipt }> {
  const { auditId } = await scheduleAndStart(app, token, overrides);
  await fillInForm(app, token, auditId);
  const submitted = await run(app, token, 'submit', { auditId, overallGrade, rationale: 'Good practice throughout' });
  return { auditId, submitted };
}
