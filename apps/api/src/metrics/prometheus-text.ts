/**
 * The Prometheus text exposition format (version 0.0.4), written by hand: a few gauges need no
 * client library. Each metric: a HELP line, a TYPE line, then its samples.
 */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export interface Sample {
  readonly labels?: Readonly<Record<string, string>>;
  /** A number, or a bigint or decimal string for values a double cannot hold exactly (positions). */
  readonly value: number | bigint | string;
}

export interface Gauge {
  readonly name: string;
  readonly help: string;
  readonly samples: readonly Sample[];
}

export function prometheusText(gauges: readonly Gauge[]): string {
  const lines: string[] = [];
  for (const gauge of gauges) {
    lines.push(`# HELP ${gauge.name} ${gauge.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`);
    lines.push(`# TYPE ${gauge.name} gauge`);
    for (const sample of gauge.samples) lines.push(`${gauge.name}${labelsText(sample.labels)} ${valueText(sample.value)}`);
  }
  return `${lines.join('\n')}\n`;
}

function labelsText(labels: Readonly<Record<string, string>> | undefined): string {
  const entries = Object.entries(labels ?? {});
  if (entries.length === 0) return '';
  return `{${entries.map(([name, value]) => `${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`).join(',')}}`;
}

function valueText(value: number | bigint | string): string {
  if (typeof value === 'bigint' || typeof value === 'string') return String(value);
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '+Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(value);
}
