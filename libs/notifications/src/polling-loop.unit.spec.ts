import { PollingLoop } from './polling-loop.js';

const HOUR = 60 * 60 * 1000;

describe('Polling loop', () => {
  describe('When woken while it waits a long interval', () => {
    it('should run the next pass at once, and stop when asked', async () => {
      let passes = 0;
      let reached: () => void = () => {};
      const secondPass = new Promise<void>((resolve) => (reached = resolve));
      const loop = new PollingLoop(
        async () => {
          passes += 1;
          if (passes === 2) reached();
        },
        HOUR,
        () => {},
      );
      loop.start();
      await new Promise((resolve) => setImmediate(resolve));
      loop.wake();
      await secondPass;
      await loop.stop();
      expect(passes).toBe(2);
    });
  });

  describe('When a pass fails', () => {
    it('should report it and go on, and end at an error it is told is final', async () => {
      const errors: unknown[] = [];
      let passes = 0;
      const final = new Error('fenced');
      let ended: () => void = () => {};
      const finalReported = new Promise<void>((resolve) => (ended = resolve));
      const loop = new PollingLoop(
        async () => {
          passes += 1;
          throw passes === 1 ? new Error('transient') : final;
        },
        0,
        (error) => {
          errors.push(error);
          if (error === final) ended();
        },
        (error) => error === final,
      );
      loop.start();
      await finalReported;
      await loop.stop();
      expect(errors).toEqual([new Error('transient'), final]);
      expect(passes).toBe(2);
    });
  });
});
