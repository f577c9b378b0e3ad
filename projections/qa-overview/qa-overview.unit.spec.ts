import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { qaOverviewPdf } from '../../libs/reports/src/qa-overview-pdf.js';
import { monthlyQaOverview, quarterlyLeadershipReview } from './qa-overview.js';
import { aprilSteps, firstQuarterSteps, lastPositionAsOf, lateRecordedComplaint, recordAll, replay } from './qa-overview.test-support.js';

const END_OF_MARCH = new Date('2026-03-31T23:59:59.999Z');
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

const marchEvents = () => recordAll(firstQuarterSteps());
const aprilEvents = () => recordAll([...firstQuarterSteps(), ...aprilSteps()]);

async function march(events = marchEvents()) {
  const store = await replay(events);
  return monthlyQaOverview(store, { month: '2026-03', lastPosition: lastPositionAsOf(events, END_OF_MARCH) });
}

/** The text drawn on each page, from the content streams (Helvetica text is written as hex strings). */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    return refs
      .map((ref) => doc.context.lookup(ref))
      .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
      .map((s) => inflateSync(Buffer.from(s.getContents())).toString('latin1'))
      .join('\n')
      .replace(/<([0-9A-Fa-f]+)> Tj/g, (_, hex: string) => Buffer.from(hex, 'hex').toString('latin1'));
  });
}

describe('QA overview (REP-1)', () => {
  describe('When the monthly overview of a month is built from its events', () => {
    it('should count the QA activity of the month against the month before (REP-1)', async () => {
      const report = await march();
      const monthly = report.activity.find((a) => a.key === 'CASE_FILE_AUDITS_MONTHLY')!;
      expect(monthly).toMatchObject({ count: 1, previousCount: 1, rule: 'CFA-2' });
      expect(report.period).toEqual({ id: '2026-03', kind: 'MONTH', start: '2026-03-01', end: '2026-03-31' });
      expect(report.generatedFrom.asOf).toBe('2026-03-31T23:59:59.999Z');
      expect(report.generatedFrom.lastPosition).not.toBeNull();
    });

    it('should say who met their QA duties and who missed them, by rule and team (REP-1, CFA-2)', async () => {
      const report = await march();
      expect(report.quotas.byRule.find((r) => r.rule === 'CFA-2')).toMatchObject({ duties: 2, met: 1, missed: 1, open: 0 });
      const missed = report.quotas.missedDuties.map((d) => [d.name, d.rule, d.teamName]);
      expect(missed).toContainEqual(['Asha Patel', 'CFA-2', 'Assessment B']);
      expect(missed).not.toContainEqual(['Tariq Malik', 'CFA-2', 'Assessment A']);
      // SUP-6 is owed by the quarter's end: the summary was still a draft.
      expect(missed).toContainEqual(['Helen Ward', 'SUP-6', 'No team']);
      expect(report.quotas.people.find((p) => p.staffId === 'staff-ap-1')).toMatchObject({ status: 'MISSED' });
      expect(report.quotas.missed).toBe(report.quotas.missedDuties.length);
      // The HoS's half-yearly key-meeting duty (MTG-1) is not yet due at the end of March.
      expect(report.quotas.byRule.find((r) => r.rule === 'MTG-1')).toMatchObject({ open: 1, missed: 0 });
    });

    it('should show what is late at the end of the month by kind (CFA-6, CFA-7)', async () => {
      const report = await march();
      const count = (kind: string) => report.overdue.byKind.find((k) => k.kind === kind)!.count;
      expect(count('CASE_FILE_AUDIT')).toBe(1);
      expect(count('ACTION_TIMESCALE')).toBe(1);
      expect(report.overdue.items.find((i) => i.kind === 'CASE_FILE_AUDIT')).toMatchObject({ id: 'a-late', ownerName: 'Tariq Malik', daysLate: 15 });
    });

    it('should say what the audits say about practice: grades against the month before, weakest criteria, moderation, themes (REP-1, REP-2, CFA-9)', async () => {
      const report = await march();
      expect(report.grades.overall.counts).toMatchObject({ requiresImprovement: 1, total: 1 });
      expect(report.grades.overall.previous).toMatchObject({ good: 1, total: 1 });
      expect(report.grades.overall.trend).toBe('WORSENING');
      expect(report.weakestCriteria.map((c) => c.criterion)).toEqual([3, 8]);
      expect(report.moderation).toMatchObject({ audits: 1, lowered: 1 });
      expect(report.themes.themes.find((t) => t.theme === 'Management oversight')).toMatchObject({ count: 1, previousCount: 1, trend: 'STEADY' });
    });

    it('should say what is being done about it: actions raised, open and overdue by source (CFA-7)', async () => {
      const report = await march();
      expect(report.actions.bySourceKind.find((a) => a.sourceKind === 'CASE_FILE_AUDIT')).toMatchObject({ raised: 1, verified: 0, openAtEnd: 1, overdueAtEnd: 1 });
    });
  });

  describe('When the overview of a past month is rebuilt', () => {
    it('should give byte-identical JSON twice, from a fresh replay, and after later events (REP-1)', async () => {
      const first = JSON.stringify(await march());
      const second = JSON.stringify(await march());
      const later = JSON.stringify(await march(aprilEvents()));
      expect(sha256(second)).toBe(sha256(first));
      expect(sha256(later)).toBe(sha256(first));
    });

    it('should let a later asOf add only facts dated in the month, not later ones (REP-1)', async () => {
      // A complaint received on 28 March, recorded on 2 April.
      const events = recordAll([...firstQuarterSteps(), ...aprilSteps(), lateRecordedComplaint()]);
      const store = await replay(events);
      const atEnd = await monthlyQaOverview(store, { month: '2026-03' });
      const later = await monthlyQaOverview(store, { month: '2026-03', asOf: new Date('2026-04-30T00:00:00.000Z') });
      const count = (r: typeof later, key: string) => r.activity.find((a) => a.key === key)!.count;
      expect([count(atEnd, 'LEARNING_INPUTS'), count(later, 'LEARNING_INPUTS')]).toEqual([0, 1]);
      // The audit submitted and the action verified in April change nothing of March.
      expect(count(later, 'CASE_FILE_AUDITS_MONTHLY')).toBe(1);
      expect(later.actions.openAtEnd).toBe(1);
      expect(later.overdue).toEqual(atEnd.overdue);
      expect(later.quotas).toEqual(atEnd.quotas);
    });
  });

  describe('When a month or quarter is not given as one', () => {
    it('should refuse naming the field and REP-1', async () => {
      const store = await replay(marchEvents());
      await expect(monthlyQaOverview(store, { month: '2026-3' })).rejects.toMatchObject({ code: 'QA_OVERVIEW.MONTH_INVALID', field: 'month', rule: 'REP-1' });
      await expect(quarterlyLeadershipReview(store, { quarter: '2026-Q5' })).rejects.toMatchObject({ code: 'QA_OVERVIEW.QUARTER_INVALID', field: 'quarter' });
      await expect(monthlyQaOverview(store, { month: '2026-03', asOf: new Date('2026-02-01T00:00:00.000Z') })).rejects.toMatchObject({ field: 'asOf' });
    });
  });
});

describe('Quarterly leadership review (CFA-14, SUP-6)', () => {
  describe('When the review of a quarter is built', () => {
    it('should put the three months side by side (REP-1)', async () => {
      const store = await replay(marchEvents());
      const review = await quarterlyLeadershipReview(store, { quarter: '2026-Q1' });
      expect(review.months.map((m) => [m.month, m.auditsSubmitted])).toEqual([
        ['2026-01', 0],
        ['2026-02', 1],
        ['2026-03', 1],
      ]);
      // Each month's column is that month's own overview, as at its end.
      for (const column of review.months) {
        const month = await monthlyQaOverview(store, { month: column.month });
        expect([column.dutiesMet, column.dutiesMissed, column.overdueAtEnd, column.actionsRaised]).toEqual([
          month.quotas.met,
          month.quotas.missed,
          month.overdue.total,
          month.actions.raised,
        ]);
      }
      expect(review.months[0]!.dutiesMet).toBe(0);
      expect(review.months[1]!.dutiesMet).toBeGreaterThan(0);
    });

    it('should show the SUP-6 summaries owed, submitted and reviewed by DMT as at the quarter end (SUP-6)', async () => {
      const store = await replay(aprilEvents());
      const atEnd = await quarterlyLeadershipReview(store, { quarter: '2026-Q1' });
      expect(atEnd.supervisionLearningSummaries[0]).toMatchObject({ quarter: '2026-Q1', submitted: 0, missing: 1 });
      expect(atEnd.supervisionLearningSummaries[0]!.summaries[0]).toMatchObject({ name: 'Helen Ward', status: 'DRAFT' });
      const inApril = await quarterlyLeadershipReview(store, { quarter: '2026-Q1', asOf: new Date('2026-04-20T00:00:00.000Z') });
      expect(inApril.supervisionLearningSummaries[0]).toMatchObject({ submitted: 1, awaitingDmtReview: 1, missing: 0 });
    });

    it('should give DMT and SLT the case file audit findings of the quarter (CFA-14)', async () => {
      const store = await replay(marchEvents());
      const review = await quarterlyLeadershipReview(store, { quarter: '2026-Q1' });
      const f = review.caseFileAuditFindings;
      expect(f.overall.counts).toMatchObject({ good: 1, requiresImprovement: 1, total: 2 });
      expect(f.overallModerated.counts).toMatchObject({ good: 1, inadequate: 1 });
      expect(f.byTeam.map((t) => t.label)).toEqual(['Assessment A']);
      expect(f.themes[0]).toMatchObject({ theme: 'Management oversight', count: 2 });
      expect(f.actions).toMatchObject({ raised: 1, openAtEnd: 1 });
    });
  });
});

describe('QA overview PDF (REP-1, CFA-14)', () => {
  describe('When the PDF of a month is made twice, and again after later events', () => {
    it('should give identical bytes (REP-1)', async () => {
      const first = await qaOverviewPdf(await march());
      const second = await qaOverviewPdf(await march());
      const later = await qaOverviewPdf(await march(aprilEvents()));
      expect(Buffer.from(first.slice(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(sha256(second)).toBe(sha256(first));
      expect(sha256(later)).toBe(sha256(first));
      expect(Buffer.from(first).toString('latin1')).not.toMatch(/\/ID\s*\[/);
    });
  });

  describe('When the PDF is read back', () => {
    it('should parse as A4 pages with the title, metadata fixed to the period end, and the charts and tables drawn (REP-1)', async () => {
      const bytes = await qaOverviewPdf(await march());
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(doc.getPageCount()).toBeGreaterThanOrEqual(4);
      expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
      expect(doc.getTitle()).toBe('Monthly QA overview: March 2026');
      expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-31T23:59:59.000Z');
      const text = (await pageTexts(bytes)).join('\n');
      expect(text).toContain('Monthly QA overview: March 2026');
      expect(text).toContain('Asha Patel');
      expect(text).toContain('Who met their QA duties');
      // Vector bars: closed, filled paths in the content streams, in the colour of Requires improvement.
      expect(text).toMatch(/\nh\nf\n/);
      expect(text).toContain('0.95 0.65 0.2 rg');
    });

    it('should add the months side by side, the CFA-14 findings and the SUP-6 summaries to the quarterly review (CFA-14, SUP-6)', async () => {
      const store = await replay(marchEvents());
      const bytes = await qaOverviewPdf(await quarterlyLeadershipReview(store, { quarter: '2026-Q1' }));
      const text = (await pageTexts(bytes)).join('\n');
      expect(text).toContain('The three months side by side');
      expect(text).toContain('Case file audit findings for DMT and SLT (CFA-14)');
      expect(text).toContain('(SUP-6)');
      expect(text).toContain('Helen Ward');
    });
  });
});
