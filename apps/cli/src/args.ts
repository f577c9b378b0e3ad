import { UsageError } from './cli-context.js';

/**
 * A small argument parser for `--name value`, `--name=value` and `--flag`. No positionals, no
 * short options: operator commands are run rarely and read better spelled out.
 */

export interface StringOption {
  readonly type: 'string';
  readonly description: string;
  /** Shown in the usage text, e.g. `<id>`. */
  readonly valueName: string;
  readonly required?: boolean;
  readonly default?: string;
}

export interface FlagOption {
  readonly type: 'boolean';
  readonly description: string;
}

export type OptionSpec = StringOption | FlagOption;
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends FlagOption
  ? boolean
  : S extends { readonly required: true }
    ? string
    : S extends { readonly default: string }
      ? string
      : string | undefined;

export type ParsedOptions<S extends OptionSpecs> = { -readonly [K in keyof S]: ValueOf<S[K]> };

export function parseOptions<S extends OptionSpecs>(argv: readonly string[], specs: S): ParsedOptions<S> {
  const values = new Map<string, string | boolean>();
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!;
    if (!token.startsWith('--') || token === '--') throw new UsageError(`Unexpected argument "${token}"`);
    const equals = token.indexOf('=');
    const name = equals === -1 ? token.slice(2) : token.slice(2, equals);
    const spec = specs[name];
    if (spec === undefined) throw new UsageError(`Unknown option --${name}`);
    if (values.has(name)) throw new UsageError(`--${name} is given more than once`);
    if (spec.type === 'boolean') {
      if (equals !== -1) throw new UsageError(`--${name} takes no value`);
      values.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = token.slice(equals + 1);
    else {
      const next = argv[index + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        index += 1;
      }
    }
    if (value === undefined || value.trim() === '') throw new UsageError(`--${name} needs a value ${spec.valueName}`);
    values.set(name, value);
  }

  const parsed: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = values.get(name);
    if (spec.type === 'boolean') {
      parsed[name] = value === true;
    } else if (value !== undefined) {
      parsed[name] = value;
    } else if (spec.required === true) {
      throw new UsageError(`--${name} ${spec.valueName} is required`);
    } else {
      parsed[name] = spec.default;
    }
  }
  return parsed as ParsedOptions<S>;
}

/** The options part of a command's usage text, one line per option. */
export function describeOptions(specs: OptionSpecs): string[] {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const left = spec.type === 'boolean' ? `--${name}` : `--${name} ${spec.valueName}`;
    const notes: string[] = [];
    if (spec.type === 'string' && spec.required === true) notes.push('required');
    if (spec.type === 'string' && spec.default !== undefined) notes.push(`default ${spec.default}`);
    return { left, right: notes.length > 0 ? `${spec.description} (${notes.join(', ')})` : spec.description };
  });
  const width = Math.max(0, ...rows.map((row) => row.left.length));
  return rows.map((row) => `  ${row.left.padEnd(width)}  ${row.right}`);
}

/** `--staff-id <id> --role <role> [--expires-in <duration>]` */
export function synopsis(specs: OptionSpecs): string {
  return Object.entries(specs)
    .map(([name, spec]) => {
      const part = spec.type === 'boolean' ? `--${name}` : `--${name} ${spec.valueName}`;
      return spec.type === 'string' && spec.required === true ? part : `[${part}]`;
    })
    .join(' ');
}
