import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { canonicalJson } from '../../../../../libs/event-store/src/canonical-json.js';
import type { HistoryEntry as HistoryEntryView, HistorySubjectKind, HistoryView, StreamVerdict } from '../history-timeline.js';
import { WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

export const HistorySubjectKindEnum = { CASE: 'CASE', STAFF: 'STAFF', RECORD: 'RECORD' } as const satisfies Record<HistorySubjectKind, HistorySubjectKind>;
registerEnumType(HistorySubjectKindEnum, { name: 'HistorySubjectKind', description: 'What a history is of (REP-3).' });

@ObjectType({ description: 'Who recorded an event: the actor of the command.' })
export class HistoryActor {
  @Field() staffId: string;
  @Field(() => String, { nullable: true }) role: string | null;
}

@ObjectType({ description: 'One recorded event in a history (REP-3), as the log holds it.' })
export class HistoryEntry {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field({ description: 'Global position in the log: the order of the history.' }) position: string;
  @Field() streamId: string;
  @Field(() => Int) revision: number;
  @Field() eventId: string;
  @Field({ description: 'What happened: the event type, which never changes.' }) type: string;
  @Field({ description: 'What happened, in words.' }) summary: string;
  @Field({ description: 'When: the business time of the command (UTC ISO-8601).' }) when: string;
  @Field({ description: 'When the log recorded it.' }) recordedAt: string;
  @Field(() => HistoryActor, { nullable: true, description: 'Who: the staff id and role of the actor.' }) who: HistoryActor | null;
  @Field(() => [String], {
    description: 'Why it is in this history: the fields naming the subject (e.g. `azeusNumber`, `keyInformation.socialWorkerId`), `actor`, or `record` (an event of the subject\'s own record).',
  })
  concerns: string[];
  @Field({
    description:
      "The event's data as recorded, as canonical JSON text. Child free text is stored encrypted and shown decrypted here; null once its case key was shredded (issue 6 item 5).",
  })
  data: string;
  @Field(() => String, { nullable: true }) commandId: string | null;
  @Field(() => String, { nullable: true }) correlationId: string | null;
  @Field(() => String, { nullable: true }) causationId: string | null;

  static of(view: HistoryEntryView): HistoryEntry {
    const entry = new HistoryEntry();
    Object.assign(entry, {
      position: view.position,
      streamId: view.streamId,
      revision: view.revision,
      eventId: view.eventId,
      type: view.type,
      summary: view.summary,
      when: view.at,
      recordedAt: view.recordedAt,
      who: view.actor === null ? null : Object.assign(new HistoryActor(), view.actor),
      concerns: [...view.concerns],
      data: canonicalJson(view.data),
      commandId: view.commandId,
      correlationId: view.correlationId,
      causationId: view.causationId,
    });
    return entry;
  }
}

@ObjectType({ description: "The verdict on one stream a history touches, read whole from the log (not only up to asOf)." })
export class HistoryStreamVerdict {
  @Field() streamId: string;
  @Field({ description: 'True when every event links to the one before and matches its hash.' }) valid: boolean;
  @Field(() => Int, { description: 'Events in the stream.' }) events: number;
  @Field(() => String, { nullable: true }) headHash: string | null;
  @Field(() => Int, { nullable: true, description: 'Revision of the first event that breaks the chain.' }) brokenAtRevision: number | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => [Int], { description: 'Revisions the history index recorded that the log no longer holds as indexed (a cut tail, a replaced event).' })
  missingRevisions: number[];

  static of(view: StreamVerdict): HistoryStreamVerdict {
    return Object.assign(new HistoryStreamVerdict(), { ...view, missingRevisions: [...view.missingRevisions] });
  }
}

@ObjectType({ description: 'REP-3: the full, unaltered history of a case, a member of staff or a record, as it stood at a date.' })
export class SubjectHistory {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => HistorySubjectKindEnum) kind: HistorySubjectKind;
  @Field({ description: 'The Azeus number, staff id or stream id.' }) subjectId: string;
  @Field(() => String, { nullable: true, description: 'The instant (UTC) the history is as at; null for everything recorded.' }) asOf: string | null;
  @Field(() => [HistoryEntry], { description: 'In log order.' }) entries: HistoryEntry[];
  @Field(() => [HistoryStreamVerdict], { description: 'Every stream the history touches, verified whole.' }) streams: HistoryStreamVerdict[];
  @Field({ description: 'True when every stream touched verifies and holds every event the index knows of.' }) chainVerified: boolean;

  static of(view: HistoryView): SubjectHistory {
    return Object.assign(new SubjectHistory(), {
      kind: view.kind,
      subjectId: view.subjectId,
      asOf: view.asOf,
      entries: view.entries.map(HistoryEntry.of),
      streams: view.streams.map(HistoryStreamVerdict.of),
      chainVerified: view.chainVerified,
    });
  }
}
