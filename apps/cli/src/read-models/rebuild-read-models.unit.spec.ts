import { progressPrinter } from '../commands/rebuild.command.js';
import { describeRebuildProgress, formatDuration } from './rebuild-read-models.js';

describe('When describing a rebuild in progress', () => {
  it('should give events done, the share of the log, the rate and the time left', () => {
    expect(describeRebuildProgress({ events: 25_000, position: 25_000n, head: 100_000n, elapsedSeconds: 2 })).toBe(
      '25,000 events (25%), 12,500 events/s, about 6 s left',
    );
  });

  it('should say done at the head', () => {
    expect(describeRebuildProgress({ events: 100_000, position: 100_000n, head: 100_000n, elapsedSeconds: 8 })).toBe(
      '100,000 events (100%), 12,500 events/s, done',
    );
  });

  it.each([
    [0.2, '1 s'],
    [59, '59 s'],
    [61, '1 min 1 s'],
    [3_660, '1 h 1 min'],
  ])('should write %d seconds as "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('When printing progress to a log file', () => {
  it('should print at most one line a second and always the last one', () => {
    let written = '';
    const printer = progressPrinter({ write: (text: string) => (written += text) });
    for (const [events, elapsedSeconds] of [[1, 0.1], [2, 0.5], [3, 1.2], [4, 1.9], [5, 2.0]] as const) {
      printer.update({ events, position: BigInt(events), head: 5n, elapsedSeconds });
    }
    printer.finish();
    expect(written.split('\n').filter(Boolean).map((line) => line.split(' ')[1])).toEqual(['1', '3', '5']);
  });
});

describe('When printing progress to a terminal', () => {
  it('should redraw one line in place and end it with a newline', () => {
    let written = '';
    const printer = progressPrinter({ write: (text: string) => (written += text), isTTY: true });
    printer.update({ events: 1, position: 1n, head: 2n, elapsedSeconds: 0.1 });
    printer.update({ events: 2, position: 2n, head: 2n, elapsedSeconds: 0.2 });
    printer.finish();
    expect(written.split('\r\x1b[2K')).toHaveLength(3);
    expect(written.endsWith('done\n')).toBe(true);
  });
});
