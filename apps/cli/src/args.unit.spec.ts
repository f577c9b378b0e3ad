import { parseOptions, synopsis, type OptionSpecs } from './args.js';
import { UsageError } from './cli-context.js';

const specs = {
  'staff-id': { type: 'string', valueName: '<id>', description: 'staff id', required: true },
  'expires-in': { type: 'string', valueName: '<duration>', description: 'lifetime', default: '8h' },
  stream: { type: 'string', valueName: '<streamId>', description: 'stream' },
  json: { type: 'boolean', description: 'json' },
} as const satisfies OptionSpecs;

describe('When parsing command options', () => {
  it('should read "--name value" and "--name=value" forms, defaults and flags', () => {
    expect(parseOptions(['--staff-id', 's-1', '--stream=caseFileAudit-x', '--json'], specs)).toEqual({
      'staff-id': 's-1',
      'expires-in': '8h',
      stream: 'caseFileAudit-x',
      json: true,
    });
  });

  it('should leave an omitted optional option undefined and an omitted flag false', () => {
    expect(parseOptions(['--staff-id=s-1'], specs)).toEqual({ 'staff-id': 's-1', 'expires-in': '8h', stream: undefined, json: false });
  });

  it.each([
    [['--role', 'X', '--staff-id', 's'], 'Unknown option --role'],
    [[], '--staff-id <id> is required'],
    [['--staff-id'], '--staff-id needs a value <id>'],
    [['--staff-id', '--json'], '--staff-id needs a value <id>'],
    [['--staff-id='], '--staff-id needs a value <id>'],
    [['--staff-id', 'a', '--staff-id', 'b'], '--staff-id is given more than once'],
    [['--staff-id', 'a', 'extra'], 'Unexpected argument "extra"'],
    [['--staff-id', 'a', '--json=yes'], '--json takes no value'],
  ])('should refuse %j with a usage error saying "%s"', (argv, message) => {
    expect(() => parseOptions(argv, specs)).toThrow(new UsageError(message));
  });
});

describe('When describing a command line', () => {
  it('should show required options bare and the others in brackets', () => {
    expect(synopsis(specs)).toBe('--staff-id <id> [--expires-in <duration>] [--stream <streamId>] [--json]');
  });
});
