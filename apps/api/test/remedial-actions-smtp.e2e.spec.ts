import type { INestApplication } from '@nestjs/common';
import { keyInformation } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { SmtpTestServer, header } from '../../../libs/notifications/src/testing/smtp-test-server.js';
import { dayFromToday, eventually, readRemedialAction, run } from '../src/remedial-actions/testing/remedial-action.client.js';
import { dataOf, givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { AUDITOR, submittedAudit } from './case-file-audit.scenarios.js';

const SW = keyInformation.socialWorkerId;
const TM = keyInformation.teamManagerId;

// The service configured for SMTP (SMTP_URL) against a real SMTP server in a child process.
describe('Remedial action notified by e-mail when SMTP is configured (CFA-7)', () => {
  const db = tempSqlitePath();
  let server: SmtpTestServer;
  let app: INestApplication;
  let auditor: string;

  beforeAll(async () => {
    server = await SmtpTestServer.start();
    app = await startApp({
      SQLITE_PATH: db.path,
      SMTP_URL: server.url,
      SMTP_FROM: '"QA Notifications" <qa@council.example>',
      NOTIFICATION_EMAIL_DOMAIN: 'council.example',
    });
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app?.close();
    await server?.stop();
    db.remove();
  });

  describe('When an action is raised from a submitted audit', () => {
    it('should e-mail the worker and the manager once, and record the sending with its Message-ID', async () => {
      const { auditId } = await submittedAudit(app, auditor, {}, 'REQUIRES_IMPROVEMENT');
      const { id: actionId } = await run(app, auditor, 'raiseRemedialAction', {
        auditId,
        description: 'Update the CP plan with measurable outcomes',
        timescale: dayFromToday(14),
      });

      const [mail] = await server.waitForMessages(1);
      expect(mail).toMatchObject({ mailFrom: 'qa@council.example', rcptTo: [`${SW}@council.example`, `${TM}@council.example`] });
      expect(mail!.subject).toContain('AZ-104233');

      const action = await eventually(
        async () => dataOf(await readRemedialAction(app, auditor, actionId)).remedialAction,
        (found) => found?.['notifications'].length === 1,
      );
      expect(action!['notifications']).toEqual([
        expect.objectContaining({ channel: 'SMTP', recipients: [SW, TM], messageId: mail!.messageId }),
      ]);
      expect(header(mail!.raw, 'X-Notification-Id')).toBe(action!['notifications'][0]['notificationId']);
      expect(action!['notificationClock']).toMatchObject({ state: 'MET' });
      expect(server.messages).toHaveLength(1);
    });
  });
});
