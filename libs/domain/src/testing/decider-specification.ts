import type { Decider } from '../shared/decider.js';
import { DomainError, type DomainErrorKind } from '../shared/domain-error.js';

/**
 * Given/when/then specifications for deciders, in the manner of emmett's deciderSpecification:
 *
 *   const spec = DeciderSpecification.for(caseFileAuditDecider);
 *   spec.given([scheduled, started]).when(gradeCriterion).then([criterionGraded]);
 *   spec.given([]).when(startAudit).thenThrows('CASE_FILE_AUDIT.NOT_FOUND', { kind: 'NOT_FOUND' });
 *
 * `given` events are folded with `evolve` from `initialState()`; `when` runs `decide` on the result.
 * Assertions use the test runner's global `expect`, so this module imports no test framework.
 */

export interface ExpectedDomainError {
  readonly kind?: DomainErrorKind;
  readonly field?: string;
  readonly rule?: string;
  /** The message, or a pattern it must match. */
  readonly message?: string | RegExp;
}

export interface DeciderThen<Event> {
  /** The command produces exactly these events, in this order. */
  then(expected: Event | readonly Event[]): void;
  /** The command is accepted and changes nothing. */
  thenNothingHappens(): void;
  /** The command produces events that pass the given assertions. */
  thenEvents(assert: (events: Event[]) => void): void;
  /** The command is refused with a DomainError of this code (and, if given, kind, field, rule, message). */
  thenThrows(code: string, expected?: ExpectedDomainError): DomainError;
}

export interface DeciderWhen<Command, Event> {
  when(command: Command): DeciderThen<Event>;
}

export interface DeciderGiven<Command, Event> {
  given(events: Event | readonly Event[]): DeciderWhen<Command, Event>;
}

export const DeciderSpecification = {
  for<Command, State, Event>(decider: Decider<Command, State, Event>): DeciderGiven<Command, Event> {
    return {
      given(givenEvents) {
        const history = toArray(givenEvents);
        return {
          when(command) {
            const decide = (): Event[] =>
              decider.decide(
                command,
                history.reduce((state, event) => decider.evolve(state, event), decider.initialState()),
              );
            return {
              then(expected) {
                expect(decide()).toEqual(toArray(expected));
              },
              thenNothingHappens() {
                expect(decide()).toEqual([]);
              },
              thenEvents(assert) {
                assert(decide());
              },
              thenThrows(code, expected = {}) {
                let produced: Event[];
                try {
                  produced = decide();
                } catch (error) {
                  expect(error).toBeInstanceOf(DomainError);
                  const domainError = error as DomainError;
                  expect({
                    code: domainError.code,
                    ...(expected.kind !== undefined ? { kind: domainError.kind } : {}),
                    ...(expected.field !== undefined ? { field: domainError.field } : {}),
                    ...(expected.rule !== undefined ? { rule: domainError.rule } : {}),
                  }).toEqual({
                    code,
                    ...(expected.kind !== undefined ? { kind: expected.kind } : {}),
                    ...(expected.field !== undefined ? { field: expected.field } : {}),
                    ...(expected.rule !== undefined ? { rule: expected.rule } : {}),
                  });
                  if (expected.message !== undefined) expect(domainError.message).toMatch(expected.message);
                  return domainError;
                }
                throw new Error(
                  `Expected the command to be refused with ${code}, but it produced ${JSON.stringify(produced)}`,
                );
              },
            };
          },
        };
      },
    };
  },
};

function toArray<T>(value: T | readonly T[]): T[] {
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}
