/**
 * Runs a pass again and again, `intervalMs` apart, until stopped; `wake()` starts the next pass at
 * once (e.g. when new events have been projected). A pass that throws is reported and the loop goes
 * on, unless `shouldStop` says the error is final.
 */
export class PollingLoop {
  private running: Promise<void> | null = null;
  private stopped = false;
  private wakeUp: (() => void) | null = null;
  private woken = false;

  constructor(
    private readonly pass: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void,
    private readonly shouldStop: (error: unknown) => boolean = () => false,
  ) {}

  start(): void {
    if (this.running) throw new Error('Already started');
    this.running = this.run();
  }

  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.running;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.woken = false;
      try {
        await this.pass();
      } catch (error) {
        this.onError(error);
        if (this.shouldStop(error)) return;
      }
      if (this.stopped || this.woken) continue;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.wakeUp = null;
          resolve();
        };
        const timer = setTimeout(done, this.intervalMs);
        this.wakeUp = done;
      });
    }
  }
}
