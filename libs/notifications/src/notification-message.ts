import {
  CRS_ESCALATION_STAGE_LABELS,
  REMEDIAL_ACTION_NOTIFICATION_WINDOW_MS,
  assertNever,
  criterionTitle,
} from '../../domain/src/index.js';
import type { OutboxNotification } from './notification.js';
import type { MessageRecipient, OutgoingMessage } from './notification-transport.js';

/**
 * The words of each notification. Pure: the same notification and recipients give the same message
 * on every attempt, so a resend after a crash is the same e-mail.
 */
export function composeMessage(
  notification: OutboxNotification,
  recipients: { readonly to: readonly MessageRecipient[]; readonly cc: readonly MessageRecipient[] },
  messageId: string,
): OutgoingMessage {
  const { subject, lines } = words(notification, recipients);
  return {
    notificationId: notification.id,
    messageId,
    to: recipients.to,
    cc: recipients.cc,
    subject,
    text: [...lines, '', `Reference: ${notification.id}`].join('\n'),
  };
}

function words(
  notification: OutboxNotification,
  recipients: { readonly to: readonly MessageRecipient[]; readonly cc: readonly MessageRecipient[] },
): { subject: string; lines: string[] } {
  const who = (staffId: string) => {
    const found = [...recipients.to, ...recipients.cc].find((r) => r.staffId === staffId);
    return found?.name ? `${found.name} (${staffId})` : staffId;
  };
  const content = notification.content;
  switch (content.kind) {
    case 'REMEDIAL_ACTION_RAISED': {
      const notifyBy = new Date(Date.parse(content.source.submittedAt) + REMEDIAL_ACTION_NOTIFICATION_WINDOW_MS).toISOString();
      return {
        subject: `${content.azeusNumber === null ? 'Action' : `Remedial action for case ${content.azeusNumber}`}, to be done by ${content.timescale}`,
        lines: [
          `${content.azeusNumber === null ? 'An action has been raised' : `A remedial action has been raised for case ${content.azeusNumber}`} from ${sourceName(content.source.kind)} ${content.source.id}.`,
          '',
          `Action: ${content.description}`,
          `Owner: ${who(content.ownerId)}`,
          `Manager: ${who(content.managerId)}`,
          `Timescale: ${content.timescale}`,
          ...(content.copyTo.length > 0
            ? [`Copied to: ${content.copyTo.map((c) => `${c.role === 'IRO' ? 'IRO' : 'CP chair'} ${who(c.staffId)}`).join(', ')}`]
            : []),
          '',
          'The owner acknowledges the action, completes it with evidence, and the manager reviews its completion in supervision.',
          `Remedial actions are notified within 48 hours of the audit (framework section 3, CFA-7): by ${notifyBy}.`,
        ],
      };
    }
    case 'IMMEDIATE_ESCALATION_RAISED': {
      const what =
        content.scope === 'OVERALL' || content.criterion === null
          ? 'the case overall'
          : `criterion ${content.criterion} (${criterionTitle(content.criterion) ?? 'unknown criterion'})`;
      return {
        subject: `Immediate action: case ${content.azeusNumber} graded Inadequate`,
        lines: [
          `Case ${content.azeusNumber} has been graded Inadequate for ${what} in case file audit ${content.auditId}.`,
          '',
          `Reason: ${content.reason}`,
          `Manager: ${content.managerName} (${content.managerId})`,
          `Social worker: ${content.socialWorkerName} (${content.socialWorkerId})`,
          `Escalated at: ${content.escalatedAt}`,
          '',
          'Where a case is found to be Inadequate the auditor must inform the manager and social worker for immediate actions to',
          'take place (framework appendix A, CFA-13). The manager acknowledges this escalation and records what will be done.',
        ],
      };
    }
    case 'CRS_ESCALATION': {
      return {
        subject: `Escalation about case ${content.azeusNumber}: ${CRS_ESCALATION_STAGE_LABELS[content.stage]}`,
        lines: [
          `An independent chair, ${who(content.chairId)}, has escalated practice concerns about case ${content.azeusNumber} (escalation ${content.escalationId}).`,
          '',
          `Concern: ${content.concern}`,
          ...(content.detail === '' ? [] : [`${content.stage === 'INFORMAL' ? 'Practice issue' : 'Practice issue or reason for escalating'}: ${content.detail}`]),
          `Stage: ${CRS_ESCALATION_STAGE_LABELS[content.stage]}`,
          `For action by: ${who(content.recipientId)}`,
          ...(content.teamManagerId === null ? [] : [`Team Manager, for information: ${who(content.teamManagerId)}`]),
          `Escalated at: ${content.at}`,
          '',
          'Where independent chairs become aware of practice concerns placing a child at risk they raise an escalation and notify the',
          'relevant Team Manager immediately; a serious issue or one needing a management decision goes to the Manager for the service',
          'area (framework appendix D, CRS-1). The recipient investigates, takes action and records a response.',
        ],
      };
    }
    default:
      return assertNever(content);
  }
}

function sourceName(kind: string): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}
