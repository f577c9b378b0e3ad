import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { DeciderSpecification } from './decider-specification.js';

// A tiny decider whose behaviour is obvious, to show the specification passes and fails as it should.
type CounterEvent = { type: 'Incremented'; data: { by: number } };
type CounterCommand = { type: 'Increment'; data: { by: number } };
const counter: Decider<CounterCommand, number, CounterEvent> = {
  initialState: () => 0,
  evolve: (state, event) => state + event.data.by,
  decide: (command, state) => {
    if (command.data.by <= 0) {
      throw new DomainError('COUNTER.NOT_POSITIVE', 'Increment must be positive', 'BAD_USER_INPUT', { field: 'by', rule: 'C-1' });
    }
    if (state + command.data.by > 10) throw new DomainError('COUNTER.LIMIT', 'Limit is 10', 'CONFLICT');
    return state === 0 && command.data.by === 1 ? [] : [{ type: 'Incremented', data: { by: command.data.by } }];
  },
};
const spec = DeciderSpecification.for(counter);
const increment = (by: number): CounterCommand => ({ type: 'Increment', data: { by } });

describe('Decider specification', () => {
  describe('When the command produces the expected events', () => {
    it('should pass', () => {
      spec.given([{ type: 'Incremented', data: { by: 3 } }]).when(increment(2)).then({ type: 'Incremented', data: { by: 2 } });
    });
  });

  describe('When the command produces other events', () => {
    it('should fail', () => {
      expect(() => spec.given([]).when(increment(2)).then([{ type: 'Incremented', data: { by: 3 } }])).toThrow();
    });
  });

  describe('When the given events decide the outcome', () => {
    it('should fold them before deciding', () => {
      spec.given([{ type: 'Incremented', data: { by: 9 } }]).when(increment(2)).thenThrows('COUNTER.LIMIT');
    });
  });

  describe('When the command changes nothing', () => {
    it('should pass thenNothingHappens and fail then with events', () => {
      spec.given([]).when(increment(1)).thenNothingHappens();
      expect(() => spec.given([]).when(increment(2)).thenNothingHappens()).toThrow();
    });
  });

  describe('When the command is refused', () => {
    it('should pass with the right code, kind, field, rule and message and return the error', () => {
      const error = spec.given([]).when(increment(0)).thenThrows('COUNTER.NOT_POSITIVE', {
        kind: 'BAD_USER_INPUT',
        field: 'by',
        rule: 'C-1',
        message: /positive/,
      });
      expect(error).toBeInstanceOf(DomainError);
    });

    it.each([
      ['code', () => spec.given([]).when(increment(0)).thenThrows('COUNTER.LIMIT')],
      ['kind', () => spec.given([]).when(increment(0)).thenThrows('COUNTER.NOT_POSITIVE', { kind: 'CONFLICT' })],
      ['field', () => spec.given([]).when(increment(0)).thenThrows('COUNTER.NOT_POSITIVE', { field: 'other' })],
      ['rule', () => spec.given([]).when(increment(0)).thenThrows('COUNTER.NOT_POSITIVE', { rule: 'C-2' })],
      ['message', () => spec.given([]).when(increment(0)).thenThrows('COUNTER.NOT_POSITIVE', { message: 'nope' })],
    ])('should fail on a different %s', (_what, run) => {
      expect(run).toThrow();
    });
  });

  describe('When a refusal is expected but the command is accepted', () => {
    it('should fail naming the events produced', () => {
      expect(() => spec.given([]).when(increment(2)).thenThrows('COUNTER.LIMIT')).toThrow(/Incremented/);
    });
  });
});
