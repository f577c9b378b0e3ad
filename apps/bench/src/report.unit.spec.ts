import { formatReport, rateText, ratioText } from './report.js';

describe('When the benchmark prints its figures', () => {
  it('should print a slow rate with its decimals, so one request a second is not read as two', () => {
    // Given 64 requests answered in 35 s, and 64 in 50.6 s
    // When their rates are printed, then they keep three significant figures
    expect(rateText({ label: 'quotas', count: 64, unit: 'requests', seconds: 35.05 })).toBe('1.83 requests/s');
    expect(rateText({ label: 'overdue', count: 64, unit: 'requests', seconds: 50.603 })).toBe('1.26 requests/s');
    expect(rateText({ label: 'rebuild', count: 1_004_344, unit: 'events', seconds: 50 })).toBe('20,087 events/s');
    expect(rateText({ label: 'few', count: 64, unit: 'requests', seconds: 2.56 })).toBe('25 requests/s');
  });

  it('should print a small ratio with two significant figures, not as 0.00', () => {
    // Given ratios of a slow query to a trivial one, and of a rebuild to the raw read
    // When printed, then a ratio under 0.1 keeps two significant figures and larger ones two decimals
    expect(ratioText(1.83 / 616)).toBe('0.0030');
    expect(ratioText(0.0234)).toBe('0.023');
    expect(ratioText(0.43)).toBe('0.43');
    expect(ratioText(1)).toBe('1.00');
  });

  it('should print the ratio of a query to its baseline in the table with its significant figures', () => {
    // Given a trivial query at 616 requests/s and quotas at 1.83 requests/s
    const trivial = { label: 'GraphQL { __typename }, 32 clients', count: 64, unit: 'requests', seconds: 0.1039 };
    const quotas = { label: 'GraphQL quotas(period), 32 clients', count: 64, unit: 'requests', seconds: 35.05 };

    // When the report is formatted
    const report = formatReport([{ section: 'd)', measured: quotas, baseline: trivial }], []);

    // Then both rates and the ratio are readable
    expect(report).toMatch(/d\)\s+GraphQL quotas\(period\), 32 clients\s+64\s+35\.050\s+1\.83 requests\/s/);
    expect(report).toMatch(/GraphQL quotas\(period\), 32 clients \/ GraphQL \{ __typename \}, 32 clients\s+0\.0030/);
  });
});
