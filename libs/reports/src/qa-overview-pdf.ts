import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type {
  GradeCountsLine,
  GradeGroupLine,
  MonthlyQaOverview,
  QaReport,
  QuarterlyLeadershipReview,
} from '../../../projections/qa-overview/qa-overview.types.js';

/**
 * The QA overview as a PDF a director would rather look at than read (REP-1, CFA-14): a title page
 * with the key figures, then charts drawn as vector shapes (grades against the period before,
 * duties met and missed by rule, what is late by kind, the top themes with their trend) and tables
 * of who missed which duty and what is late. Byte-stable: the standard Helvetica fonts (nothing
 * embedded), metadata fixed to the period's end, no object streams, no document id; pdf-lib's
 * resource names come from its seeded generator. The same report gives the same bytes.
 */

export const PDF_PRODUCER = 'QA and learning service';
export const PDF_CREATOR = 'QA and learning service: QA overview';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const WIDTH = A4[0] - 2 * MARGIN;

const INK = rgb(0.13, 0.15, 0.2);
const MUTED = rgb(0.42, 0.45, 0.5);
const RULE = rgb(0.82, 0.84, 0.87);
const ACCENT = rgb(0.11, 0.33, 0.55);
const MET = rgb(0.2, 0.55, 0.35);
const MISSED = rgb(0.78, 0.22, 0.2);
const OPEN = rgb(0.7, 0.72, 0.75);
const GRADE_COLOURS: readonly { readonly key: keyof GradeCountsLine; readonly label: string; readonly colour: RGB }[] = [
  { key: 'outstanding', label: 'Outstanding', colour: rgb(0.13, 0.45, 0.3) },
  { key: 'good', label: 'Good', colour: rgb(0.45, 0.7, 0.45) },
  { key: 'requiresImprovement', label: 'Requires improvement', colour: rgb(0.95, 0.65, 0.2) },
  { key: 'inadequate', label: 'Inadequate', colour: rgb(0.78, 0.22, 0.2) },
];

export async function qaOverviewPdf(report: QaReport): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // Fixed to the period's end: never the time the file happens to be made.
  const fixed = new Date(`${report.period.end}T23:59:59.000Z`);
  doc.setTitle(clean(report.title));
  doc.setSubject(clean(`${report.rules.join(', ')}: ${report.period.start} to ${report.period.end}`));
  doc.setAuthor('Safeguarding and Quality Assurance');
  doc.setKeywords(report.rules.map(clean));
  doc.setProducer(PDF_PRODUCER);
  doc.setCreator(PDF_CREATOR);
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  doc.setLanguage('en-GB');
  const w = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold), report.title);

  titlePage(w, report);
  w.newPage();
  w.heading('What the audits say about practice');
  gradeChart(w, 'Overall grades of case file audits', report.grades.overall, report.previousPeriod.id, report.period.id);
  gradeChart(w, 'Every criterion graded', report.grades.criteria, report.previousPeriod.id, report.period.id);
  w.text(
    `Moderation (CFA-9): ${report.moderation.audits} audits moderated, ${report.moderation.agreedAudits} agreed unchanged; grades kept ${report.moderation.kept}, raised ${report.moderation.raised}, lowered ${report.moderation.lowered} (period before: ${report.moderation.previousKept} / ${report.moderation.previousRaised} / ${report.moderation.previousLowered}).`,
  );
  w.gap(6);
  w.subheading('Weakest criteria (most graded Requires improvement or Inadequate)');
  w.table(
    [
      { title: 'Criterion', width: 270 },
      { title: 'RI or Inadequate', width: 90, align: 'right' },
      { title: 'Share', width: 60, align: 'right' },
      { title: 'Before', width: 50, align: 'right' },
      { title: 'Trend', width: 29 },
    ],
    report.weakestCriteria.map((c) => [`${c.criterion}. ${c.title}`, `${c.requiresImprovementOrInadequate} of ${c.total}`, percent(c.share), percent(c.previousShare), trendWord(c.trend)]),
    'No criterion was graded Requires improvement or Inadequate.',
  );
  themesChart(w, report);

  w.newPage();
  w.heading('Who met their QA duties');
  dutiesChart(w, report);
  w.subheading('Duties missed');
  w.table(
    [
      { title: 'Name', width: 120 },
      { title: 'Team', width: 110 },
      { title: 'Rule', width: 45 },
      { title: 'Period', width: 60 },
      { title: 'Done', width: 55, align: 'right' },
      { title: 'Due', width: 109, align: 'right' },
    ],
    report.quotas.missedDuties.map((d) => [d.name, d.teamName, d.rule, d.period, `${d.done} of ${d.required}`, d.dueDate]),
    'Every duty due was met.',
  );
  w.subheading('By team');
  w.table(
    [
      { title: 'Team', width: 220 },
      { title: 'Duties', width: 70, align: 'right' },
      { title: 'Met', width: 70, align: 'right' },
      { title: 'Missed', width: 70, align: 'right' },
      { title: 'Still open', width: 69, align: 'right' },
    ],
    report.quotas.byTeam.map((t) => [t.teamName, String(t.duties), String(t.met), String(t.missed), String(t.open)]),
    'No duties fell in the period.',
  );

  w.newPage();
  w.heading('What is late at the end of the period');
  overdueChart(w, report);
  w.subheading('Late items (most late first)');
  const shown = report.overdue.items.slice(0, 40);
  w.table(
    [
      { title: 'What', width: 250 },
      { title: 'Rule', width: 45 },
      { title: 'Whose', width: 100 },
      { title: 'Days late', width: 104, align: 'right' },
    ],
    shown.map((i) => [i.title, i.rule, i.ownerName ?? i.ownerId ?? '-', String(i.daysLate)]),
    'Nothing was late.',
  );
  if (report.overdue.items.length > shown.length) w.text(`... and ${report.overdue.items.length - shown.length} more.`, { colour: MUTED });

  w.newPage();
  w.heading('QA activity and what is being done about it');
  w.table(
    [
      { title: 'Activity', width: 260 },
      { title: 'Rule', width: 60 },
      { title: report.period.id, width: 90, align: 'right' },
      { title: report.previousPeriod.id, width: 89, align: 'right' },
    ],
    report.activity.map((a) => [a.label, a.rule, String(a.count), String(a.previousCount)]),
    '',
  );
  w.subheading('Remedial actions by source (CFA-7)');
  w.table(
    [
      { title: 'Source', width: 150 },
      { title: 'Raised', width: 65, align: 'right' },
      { title: 'Completed', width: 70, align: 'right' },
      { title: 'Verified', width: 70, align: 'right' },
      { title: 'Open at end', width: 72, align: 'right' },
      { title: 'Overdue', width: 72, align: 'right' },
    ],
    [
      ...report.actions.bySourceKind.map((a) => [words(a.sourceKind), String(a.raised), String(a.completed), String(a.verified), String(a.openAtEnd), String(a.overdueAtEnd)]),
      ['All', String(report.actions.raised), String(report.actions.completed), String(report.actions.verified), String(report.actions.openAtEnd), String(report.actions.overdueAtEnd)],
    ],
    '',
  );

  if (report.report === 'QUARTERLY_LEADERSHIP_REVIEW') quarterlyPages(w, report);
  w.footers();
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

// ---------------------------------------------------------------------------------------------

function titlePage(w: Writer, report: QaReport): void {
  w.y -= 90;
  w.text(report.report === 'MONTHLY_QA_OVERVIEW' ? 'REP-1 monthly QA overview for DMT' : 'Quarterly leadership review for DMT and SLT (CFA-14, SUP-6)', { size: 11, colour: MUTED });
  w.gap(6);
  w.text(report.title, { size: 26, bold: true, colour: ACCENT });
  w.gap(4);
  w.text(`${report.period.start} to ${report.period.end}, against ${report.previousPeriod.id}`, { size: 12 });
  w.text(`As at ${report.generatedFrom.asOf}; event log to position ${report.generatedFrom.lastPosition ?? 'not given'}`, { size: 9, colour: MUTED });
  w.gap(30);
  const box = { width: (WIDTH - 20) / 2, height: 70 };
  report.keyFigures.forEach((k, i) => {
    const x = MARGIN + (i % 2) * (box.width + 20);
    const y = w.y - Math.floor(i / 2) * (box.height + 14) - box.height;
    const warn = (k.key === 'DUTIES_MISSED' || k.key === 'OVERDUE_AT_END') && k.value > 0;
    w.page.drawRectangle({ x, y, width: box.width, height: box.height, borderColor: RULE, borderWidth: 1, color: rgb(0.97, 0.98, 0.99) });
    w.page.drawRectangle({ x, y, width: 5, height: box.height, color: warn ? MISSED : ACCENT });
    w.page.drawText(String(k.value), { x: x + 18, y: y + 30, size: 26, font: w.bold, color: warn ? MISSED : INK });
    w.page.drawText(clean(k.label), { x: x + 18, y: y + 12, size: 10, font: w.font, color: MUTED });
  });
  w.y -= Math.ceil(report.keyFigures.length / 2) * (box.height + 14) + 20;
  w.text(`Rules reported: ${report.rules.join(', ')}`, { size: 9, colour: MUTED });
  w.text('Counts are by the date each thing happened within the period, of what was recorded by the as-at instant.', { size: 9, colour: MUTED });
}

function gradeChart(w: Writer, title: string, group: GradeGroupLine, previousId: string, currentId: string): void {
  w.ensure(150);
  w.subheading(title);
  const barHeight = 22;
  const labelWidth = 80;
  const chartWidth = WIDTH - labelWidth - 60;
  const rows: [string, GradeCountsLine][] = [
    [previousId, group.previous],
    [currentId, group.counts],
  ];
  for (const [label, counts] of rows) {
    const y = w.y - barHeight;
    w.page.drawText(clean(label), { x: MARGIN, y: y + 7, size: 10, font: w.font, color: INK });
    let x = MARGIN + labelWidth;
    if (counts.total === 0) {
      w.page.drawRectangle({ x, y, width: chartWidth, height: barHeight, borderColor: RULE, borderWidth: 1 });
      w.page.drawText('none graded', { x: x + 6, y: y + 7, size: 9, font: w.font, color: MUTED });
    }
    for (const grade of GRADE_COLOURS) {
      const n = counts[grade.key] as number;
      if (counts.total === 0 || n === 0) continue;
      const width = (chartWidth * n) / counts.total;
      w.page.drawRectangle({ x, y, width, height: barHeight, color: grade.colour });
      if (width > 14) w.page.drawText(String(n), { x: x + 3, y: y + 7, size: 9, font: w.bold, color: rgb(1, 1, 1) });
      x += width;
    }
    w.page.drawText(percent(counts.shareRequiresImprovementOrInadequate), { x: MARGIN + labelWidth + chartWidth + 6, y: y + 7, size: 9, font: w.font, color: MUTED });
    w.y -= barHeight + 6;
  }
  legend(w, GRADE_COLOURS.map((g) => [g.label, g.colour]));
  w.text(`Share Requires improvement or Inadequate shown at the right; trend: ${trendWord(group.trend)}.`, { size: 8, colour: MUTED });
  w.gap(8);
}

function dutiesChart(w: Writer, report: QaReport): void {
  const rules = report.quotas.byRule;
  w.subheading(`Duties met and missed by rule (${report.quotas.met} met, ${report.quotas.missed} missed, ${report.quotas.open} still open)`);
  if (rules.length === 0) {
    w.text('No duties fell in the period.', { colour: MUTED });
    return;
  }
  const max = Math.max(1, ...rules.map((r) => r.duties));
  const labelWidth = 60;
  const chartWidth = WIDTH - labelWidth - 40;
  for (const r of rules) {
    w.ensure(30);
    const y = w.y - 18;
    w.page.drawText(clean(r.rule), { x: MARGIN, y: y + 5, size: 10, font: w.bold, color: INK });
    let x = MARGIN + labelWidth;
    for (const [n, colour] of [[r.met, MET], [r.missed, MISSED], [r.open, OPEN]] as const) {
      if (n === 0) continue;
      const width = (chartWidth * n) / max;
      w.page.drawRectangle({ x, y, width, height: 18, color: colour });
      if (width > 14) w.page.drawText(String(n), { x: x + 3, y: y + 5, size: 9, font: w.bold, color: rgb(1, 1, 1) });
      x += width;
    }
    w.page.drawText(clean(r.description), { x: MARGIN + labelWidth, y: y - 10, size: 7.5, font: w.font, color: MUTED });
    w.y -= 36;
  }
  legend(w, [
    ['Met', MET],
    ['Missed', MISSED],
    ['Still open', OPEN],
  ]);
  w.gap(8);
}

function overdueChart(w: Writer, report: QaReport): void {
  w.subheading(`Late at ${report.generatedFrom.asOf.slice(0, 10)}: ${report.overdue.total}`);
  const max = Math.max(1, ...report.overdue.byKind.map((k) => k.count));
  const labelWidth = 150;
  const chartWidth = WIDTH - labelWidth - 40;
  for (const k of report.overdue.byKind) {
    w.ensure(22);
    const y = w.y - 14;
    w.page.drawText(clean(`${k.label} (${k.rule})`), { x: MARGIN, y: y + 3, size: 9, font: w.font, color: INK });
    const width = (chartWidth * k.count) / max;
    if (k.count > 0) w.page.drawRectangle({ x: MARGIN + labelWidth, y, width, height: 14, color: MISSED });
    else w.page.drawLine({ start: { x: MARGIN + labelWidth, y }, end: { x: MARGIN + labelWidth, y: y + 14 }, thickness: 1, color: RULE });
    w.page.drawText(String(k.count), { x: MARGIN + labelWidth + width + 5, y: y + 3, size: 9, font: w.bold, color: INK });
    w.y -= 20;
  }
  w.gap(10);
}

function themesChart(w: Writer, report: QaReport): void {
  const themes = report.themes.themes;
  w.ensure(60);
  w.subheading(`Learning themes (${report.themes.sources} records carried themes; ${report.themes.previousSources} the period before)`);
  if (themes.length === 0) {
    w.text('No learning themes were recorded.', { colour: MUTED });
    return;
  }
  const max = Math.max(1, ...themes.map((t) => Math.max(t.count, t.previousCount)));
  const labelWidth = 170;
  const chartWidth = WIDTH - labelWidth - 90;
  for (const t of themes) {
    w.ensure(22);
    const y = w.y - 14;
    w.page.drawText(fit(t.theme, w.font, 9, labelWidth - 6), { x: MARGIN, y: y + 3, size: 9, font: w.font, color: INK });
    const x0 = MARGIN + labelWidth;
    if (t.count > 0) w.page.drawRectangle({ x: x0, y, width: (chartWidth * t.count) / max, height: 14, color: ACCENT });
    // The period before as a marker line.
    const before = x0 + (chartWidth * t.previousCount) / max;
    w.page.drawLine({ start: { x: before, y: y - 2 }, end: { x: before, y: y + 16 }, thickness: 1.5, color: INK });
    const tx = x0 + chartWidth + 8;
    arrow(w.page, tx, y + 7, t.change);
    const delta = t.change > 0 ? `+${t.change}` : String(t.change);
    w.page.drawText(clean(`${t.count} (${delta}) ${trendWord(t.trend)}`), { x: tx + 12, y: y + 3, size: 8.5, font: w.font, color: INK });
    w.y -= 20;
  }
  w.text('Bars: records this period; the dark line marks the period before. Arrows show the change.', { size: 8, colour: MUTED });
  w.gap(6);
}

function quarterlyPages(w: Writer, report: QuarterlyLeadershipReview): void {
  w.newPage();
  w.heading('The three months side by side');
  const months = report.months;
  const columns = [{ title: 'Activity', width: 250 }, ...months.map((m) => ({ title: m.month, width: 83, align: 'right' as const }))];
  w.table(
    columns,
    [
      ...report.activity.map((a, i) => [a.label, ...months.map((m) => String(m.activity[i]?.count ?? 0))]),
      ['Case file audits submitted', ...months.map((m) => String(m.auditsSubmitted))],
      ['Share RI or Inadequate (overall)', ...months.map((m) => percent(m.shareRequiresImprovementOrInadequate))],
      ['Duties met', ...months.map((m) => String(m.dutiesMet))],
      ['Duties missed', ...months.map((m) => String(m.dutiesMissed))],
      ['Late at month end', ...months.map((m) => String(m.overdueAtEnd))],
      ['Actions raised', ...months.map((m) => String(m.actionsRaised))],
      ['Actions verified', ...months.map((m) => String(m.actionsVerified))],
    ],
    '',
  );

  w.newPage();
  w.heading('Case file audit findings for DMT and SLT (CFA-14)');
  const f = report.caseFileAuditFindings;
  gradeChart(w, 'Overall grades as given', f.overall, report.previousPeriod.id, report.period.id);
  gradeChart(w, 'Overall grades after moderation (CFA-9)', f.overallModerated, report.previousPeriod.id, report.period.id);
  w.subheading('By team');
  w.table(
    [
      { title: 'Team', width: 200 },
      { title: 'Audits', width: 60, align: 'right' },
      { title: 'RI or Inadequate', width: 100, align: 'right' },
      { title: 'Before', width: 70, align: 'right' },
      { title: 'Trend', width: 69 },
    ],
    f.byTeam.map((t) => [t.label, String(t.counts.total), percent(t.counts.shareRequiresImprovementOrInadequate), percent(t.previous.shareRequiresImprovementOrInadequate), trendWord(t.trend)]),
    'No audits were submitted.',
  );
  w.text(
    `Inadequate grades escalated (CFA-13): ${f.immediateEscalations}, of which ${f.immediateEscalationsLate} not acknowledged in time. Actions from case file audits: ${f.actions.raised} raised, ${f.actions.verified} verified, ${f.actions.openAtEnd} open, ${f.actions.overdueAtEnd} overdue.`,
  );
  w.gap(6);
  w.subheading('Themes from case file audits');
  w.table(
    [
      { title: 'Theme', width: 250 },
      { title: 'Audits', width: 60, align: 'right' },
      { title: 'Before', width: 60, align: 'right' },
      { title: 'Actions raised / verified', width: 129, align: 'right' },
    ],
    f.themes.map((t) => [t.theme, String(t.count), String(t.previousCount), `${t.actionsRaised} / ${t.actionsVerified}`]),
    'No case file audit was tagged with a learning theme.',
  );

  w.newPage();
  w.heading('Heads of Service summaries of learning from supervision audits (SUP-6)');
  for (const s of report.supervisionLearningSummaries) {
    w.subheading(`${s.quarter}: ${s.submitted} submitted, ${s.reviewedByDmt} reviewed by DMT, ${s.awaitingDmtReview} awaiting DMT, ${s.missing} missing`);
    w.table(
      [
        { title: 'Head of Service', width: 160 },
        { title: 'Status', width: 90 },
        { title: 'Submitted', width: 75 },
        { title: 'DMT review', width: 75 },
        { title: 'Themes', width: 99 },
      ],
      s.summaries.map((l) => [l.name, words(l.status), l.submittedOn ?? '-', l.reviewedOn ?? '-', l.themes.join(', ') || '-']),
      'No Head of Service was in post.',
    );
  }
}

// ---------------------------------------------------------------------------------------------

type Column = { readonly title: string; readonly width: number; readonly align?: 'left' | 'right' };

/** A page at a time, top to bottom. */
class Writer {
  page: PDFPage;
  y = 0;
  private readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
    private readonly title: string,
  ) {
    this.page = this.newPage();
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
    return this.page;
  }

  ensure(height: number): void {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  gap(height: number): void {
    this.y -= height;
  }

  heading(text: string): void {
    this.ensure(40);
    this.page.drawText(clean(text), { x: MARGIN, y: this.y - 18, size: 16, font: this.bold, color: ACCENT });
    this.page.drawLine({ start: { x: MARGIN, y: this.y - 25 }, end: { x: MARGIN + WIDTH, y: this.y - 25 }, thickness: 1, color: ACCENT });
    this.y -= 38;
  }

  subheading(text: string): void {
    this.ensure(40);
    this.page.drawText(fit(text, this.bold, 11, WIDTH), { x: MARGIN, y: this.y - 12, size: 11, font: this.bold, color: INK });
    this.y -= 20;
  }

  text(text: string, options: { size?: number; bold?: boolean; colour?: RGB } = {}): void {
    const size = options.size ?? 9.5;
    const font = options.bold ? this.bold : this.font;
    for (const line of wrap(clean(text), font, size, WIDTH)) {
      this.ensure(size + 4);
      this.page.drawText(line, { x: MARGIN, y: this.y - size, size, font, color: options.colour ?? INK });
      this.y -= size + 4;
    }
  }

  table(columns: readonly Column[], rows: readonly (readonly string[])[], empty: string): void {
    const size = 8.5;
    const rowHeight = 14;
    const header = () => {
      this.ensure(rowHeight * 2);
      let x = MARGIN;
      this.page.drawRectangle({ x: MARGIN, y: this.y - rowHeight, width: WIDTH, height: rowHeight, color: rgb(0.93, 0.95, 0.97) });
      for (const c of columns) {
        this.cell(c, c.title, x, this.bold, size);
        x += c.width;
      }
      this.y -= rowHeight;
    };
    header();
    if (rows.length === 0 && empty !== '') {
      this.page.drawText(clean(empty), { x: MARGIN + 3, y: this.y - rowHeight + 4, size, font: this.font, color: MUTED });
      this.y -= rowHeight;
    }
    for (const row of rows) {
      if (this.y - rowHeight < MARGIN + 20) {
        this.newPage();
        header();
      }
      let x = MARGIN;
      columns.forEach((c, i) => {
        this.cell(c, row[i] ?? '', x, this.font, size);
        x += c.width;
      });
      this.page.drawLine({ start: { x: MARGIN, y: this.y - rowHeight }, end: { x: MARGIN + WIDTH, y: this.y - rowHeight }, thickness: 0.5, color: RULE });
      this.y -= rowHeight;
    }
    this.y -= 10;
  }

  private cell(column: Column, value: string, x: number, font: PDFFont, size: number): void {
    const text = fit(value, font, size, column.width - 6);
    const width = font.widthOfTextAtSize(text, size);
    const left = column.align === 'right' ? x + column.width - 3 - width : x + 3;
    this.page.drawText(text, { x: left, y: this.y - 10, size, font, color: INK });
  }

  /** Every page: the report's title and "page n of m". */
  footers(): void {
    this.pages.forEach((page, i) => {
      page.drawText(clean(this.title), { x: MARGIN, y: MARGIN - 20, size: 7.5, font: this.font, color: MUTED });
      const label = `Page ${i + 1} of ${this.pages.length}`;
      page.drawText(label, { x: A4[0] - MARGIN - this.font.widthOfTextAtSize(label, 7.5), y: MARGIN - 20, size: 7.5, font: this.font, color: MUTED });
    });
  }
}

function legend(w: Writer, items: readonly (readonly [string, RGB])[]): void {
  let x = MARGIN;
  const y = w.y - 10;
  for (const [label, colour] of items) {
    w.page.drawRectangle({ x, y, width: 9, height: 9, color: colour });
    w.page.drawText(label, { x: x + 13, y: y + 1, size: 8, font: w.font, color: INK });
    x += 13 + w.font.widthOfTextAtSize(label, 8) + 14;
  }
  w.y -= 18;
}

/** A small triangle: up (red: more records of the theme), down (green), or a dash when unchanged. */
function arrow(page: PDFPage, x: number, y: number, change: number): void {
  if (change === 0) {
    page.drawLine({ start: { x, y }, end: { x: x + 8, y }, thickness: 1.5, color: MUTED });
    return;
  }
  const path = change > 0 ? 'M 0 4 L 4 -4 L 8 4 Z' : 'M 0 -4 L 4 4 L 8 -4 Z';
  page.drawSvgPath(path, { x, y, color: change > 0 ? MISSED : MET });
}

function percent(share: number | null): string {
  return share === null ? '-' : `${Math.round(share * 100)}%`;
}

function trendWord(trend: string): string {
  return trend.toLowerCase().replace(/_/g, ' ');
}

function words(value: string): string {
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text Helvetica can show (WinAnsi): typographic quotes and dashes as plain ones, anything else outside Latin-1 as '?'. */
export function clean(text: string): string {
  return String(text)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[^\x20-\x7E\xA0-\xFF]/g, '?');
}

function fit(text: string, font: PDFFont, size: number, width: number): string {
  let value = clean(text);
  if (font.widthOfTextAtSize(value, size) <= width) return value;
  while (value.length > 1 && font.widthOfTextAtSize(`${value}...`, size) > width) value = value.slice(0, -1);
  return `${value}...`;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= width || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export type { MonthlyQaOverview, QuarterlyLeadershipReview };
