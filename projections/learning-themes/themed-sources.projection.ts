import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  LEARNING_INPUT_KINDS,
  auditIdFromStreamId,
  learningInputIdFromStreamId,
  learningThemeKey,
  observationLearningReportFromStreamId,
  supervisionLearningSummaryFromStreamId,
  themedAuditDayIdFromStreamId,
} from '../../libs/domain/src/index.js';
import { businessTime, dataOf, isRecord, text } from '../staff/recorded-event-fields.js';
import type { LearningThemeSourceKind } from './learning-theme-sources.js';
import type { ThemedSourceDocument } from './learning-themes.document.js';

export const THEMED_SOURCES_COLLECTION: CollectionDefinition = {
  name: 'learningThemeSources.v1',
  indexes: ['sourceKind', 'month'],
};

export const THEMED_SOURCE_EVENT_TYPES = [
  'CaseFileAuditScheduled',
  'CaseFileAuditSubmitted',
  'CaseFileAuditLearningThemesTagged',
  'ThemedAuditDayPlanned',
  'ThemedAuditDayClosed',
  'SupervisionLearningSummaryDrafted',
  'SupervisionLearningSummarySubmitted',
  'ObservationLearningReportDrafted',
  'ObservationLearningReportSubmitted',
  'LearningInputRecorded',
  'LearningInputCorrected',
  'LearningInputWithdrawn',
] as const;

/** The document a stream's events fold into: one per record, keyed by the record's stream. */
export function themedSourceDocumentId(streamId: string): string | null {
  const audit = auditIdFromStreamId(streamId);
  if (audit !== null) return `CASE_FILE_AUDIT:${audit}`;
  const day = themedAuditDayIdFromStreamId(streamId);
  if (day !== null) return `THEMED_AUDIT_DAY:${day}`;
  const summary = supervisionLearningSummaryFromStreamId(streamId);
  if (summary !== null) return `SUPERVISION_LEARNING_SUMMARY:${summary.summaryId}`;
  const report = observationLearningReportFromStreamId(streamId);
  if (report !== null) return `OBSERVATION_LEARNING_REPORT:${report.reportId}`;
  const input = learningInputIdFromStreamId(streamId);
  if (input !== null) return `LEARNING_INPUT:${input}`;
  return null;
}

/**
 * REP-2: every record that carries learning themes, with the themes it carries now, when it is
 * dated and which teams and service areas it touches. One document per record, pure, idempotent by
 * stream revision; it never throws on a recorded event.
 */
export const themedSourcesProjection: Projection<ThemedSourceDocument> = {
  name: 'learningThemeSources',
  version: 1,
  collection: THEMED_SOURCES_COLLECTION,
  handles: THEMED_SOURCE_EVENT_TYPES,
  documentIds(event) {
    const id = themedSourceDocumentId(event.streamId);
    return id === null ? [] : [id];
  },
  evolve: evolveThemedSourceDocument,
};

export function evolveThemedSourceDocument(document: ThemedSourceDocument | null, event: RecordedEvent): ThemedSourceDocument | null {
  const next = evolveContent(document, event);
  // Where in the log the record first carried a theme: "as first written" is decided by it when
  // two records are dated the same day, so the answer never depends on their ids.
  if (next === null || next === document || next.themeKeys.length === 0 || (next.firstThemedPosition ?? null) !== null) return next;
  return { ...next, firstThemedPosition: String(event.position) };
}

function evolveContent(document: ThemedSourceDocument | null, event: RecordedEvent): ThemedSourceDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  const id = themedSourceDocumentId(event.streamId);
  if (id === null) return document;
  const sourceId = id.slice(id.indexOf(':') + 1);
  const next = document === null ? null : { ...document, revision: event.revision };
  const day = (field: string) => (text(data[field]) ?? businessTime(event)).slice(0, 10);

  switch (event.type) {
    // Case file audits: a thematic audit's theme from scheduling, tags after submission.
    case 'CaseFileAuditScheduled':
      if (document !== null) return next;
      return created(id, 'CASE_FILE_AUDIT', sourceId, event, {
        teamIds: strings([data['teamId']]),
        focusTheme: data['auditType'] === 'THEMATIC' ? nonBlank(data['theme']) : null,
      });
    case 'CaseFileAuditSubmitted':
      if (next === null || next.counted) return next;
      return dated({ ...next, counted: true }, day('submittedAt'));
    case 'CaseFileAuditLearningThemesTagged':
      if (next === null) return null;
      return withThemes(next, { taggedThemes: strings(data['themes']) });

    // Themed audit days (TAD-1): the day's theme, counted once the day is held and closed.
    case 'ThemedAuditDayPlanned':
      if (document !== null) return next;
      return dated(
        created(id, 'THEMED_AUDIT_DAY', sourceId, event, {
          teamIds: strings(data['teamIds']),
          serviceAreaIds: strings(data['serviceAreaIds']),
          focusTheme: nonBlank(data['theme']),
        }),
        text(data['date']) ?? day('plannedAt'),
      );
    case 'ThemedAuditDayClosed':
      return next === null ? null : { ...next, counted: true };

    // A Head of Service's quarterly summary (SUP-6) or annual report (OBS-6): counted when submitted.
    case 'SupervisionLearningSummaryDrafted':
    case 'ObservationLearningReportDrafted': {
      if (next?.counted === true) return next;
      const content = { serviceAreaIds: strings([data['serviceAreaId']]), taggedThemes: strings(data['themes']) };
      if (next !== null) return withThemes({ ...next, serviceAreaIds: content.serviceAreaIds }, content);
      const kind = event.type === 'SupervisionLearningSummaryDrafted' ? 'SUPERVISION_LEARNING_SUMMARY' : 'OBSERVATION_LEARNING_REPORT';
      return created(id, kind, sourceId, event, content);
    }
    case 'SupervisionLearningSummarySubmitted':
    case 'ObservationLearningReportSubmitted':
      if (next === null || next.counted) return next;
      return dated({ ...next, counted: true }, day('submittedAt'));

    // Learning inputs (section 2): what the input says now; a withdrawn input is not counted.
    case 'LearningInputRecorded': {
      if (document !== null) return next;
      const kind = LEARNING_INPUT_KINDS.find((k) => k === data['kind']);
      if (kind === undefined) return null;
      return dated({ ...created(id, kind, sourceId, event, learningInputContent(data)), counted: true }, day('receivedOn'));
    }
    case 'LearningInputCorrected': {
      if (next === null) return null;
      const content = learningInputContent(data);
      return dated(withThemes({ ...next, teamIds: content.teamIds, serviceAreaIds: content.serviceAreaIds }, content), day('receivedOn'));
    }
    case 'LearningInputWithdrawn':
      return next === null ? null : { ...next, counted: false };
    default:
      return document;
  }
}

type Content = { teamIds?: string[]; serviceAreaIds?: string[]; focusTheme?: string | null; taggedThemes?: string[] };

function created(
  id: string,
  sourceKind: LearningThemeSourceKind,
  sourceId: string,
  event: RecordedEvent,
  content: Content,
): ThemedSourceDocument {
  return withThemes(
    {
      id,
      sourceKind,
      sourceId,
      counted: false,
      date: null,
      month: null,
      teamIds: content.teamIds ?? [],
      serviceAreaIds: content.serviceAreaIds ?? [],
      focusTheme: null,
      taggedThemes: [],
      themes: [],
      themeKeys: [],
      revision: event.revision,
    },
    content,
  );
}

/** REP-2: the focus theme, then the tagged ones, one per theme key, each as first written. */
function withThemes(document: ThemedSourceDocument, content: Pick<Content, 'focusTheme' | 'taggedThemes'>): ThemedSourceDocument {
  const focusTheme = content.focusTheme !== undefined ? content.focusTheme : document.focusTheme;
  const taggedThemes = content.taggedThemes ?? document.taggedThemes;
  const byKey = new Map<string, string>();
  for (const theme of [...(focusTheme === null ? [] : [focusTheme]), ...taggedThemes]) {
    const key = learningThemeKey(theme);
    if (key !== '' && !byKey.has(key)) byKey.set(key, theme);
  }
  return { ...document, focusTheme, taggedThemes, themes: [...byKey.values()], themeKeys: [...byKey.keys()] };
}

function dated(document: ThemedSourceDocument, date: string): ThemedSourceDocument {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  return { ...document, date: valid, month: valid === null ? null : valid.slice(0, 7) };
}

function learningInputContent(data: Record<string, unknown>): Required<Pick<Content, 'teamIds' | 'serviceAreaIds' | 'taggedThemes'>> {
  const teams = Array.isArray(data['teams']) ? data['teams'].filter(isRecord) : [];
  return {
    teamIds: strings(teams.map((t) => t['teamId'])),
    serviceAreaIds: [...new Set([...strings(data['serviceAreaIds']), ...strings(teams.map((t) => t['serviceAreaId']))])].sort(),
    taggedThemes: strings(data['themes']),
  };
}

/** The non-blank strings of a list, trimmed, each once. */
function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.map(nonBlank).filter((v): v is string => v !== null))];
}

function nonBlank(value: unknown): string | null {
  const t = typeof value === 'string' ? value.trim() : '';
  return t === '' ? null : t;
}
