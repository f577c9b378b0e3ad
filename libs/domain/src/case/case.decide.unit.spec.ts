import { DeciderSpecification } from '../testing/decider-specification.js';
import { NOW, SW_ID, TEAM_ID, metadata } from '../staff/staff.fixtures.js';
import type { CaseCommand } from './case.commands.js';
import { caseDecider } from './case.decide.js';
import type { CaseEvent } from './case.events.js';
import { caseCategoryFromName } from './case.values.js';

const spec = DeciderSpecification.for(caseDecider);
const AZEUS = '104233';

const open = (data: Partial<Extract<CaseCommand, { type: 'OpenCase' }>['data']> = {}): CaseCommand => ({
  type: 'OpenCase',
  data: { azeusNumber: AZEUS, category: 'CIN', teamId: TEAM_ID, allocatedWorkerId: SW_ID, openedOn: '2025-01-15', ...data },
  metadata: metadata(),
});
const opened: CaseEvent = {
  type: 'CaseOpened',
  data: { azeusNumber: AZEUS, category: 'CIN', teamId: TEAM_ID, allocatedWorkerId: SW_ID, openedOn: '2025-01-15', recordedAt: NOW },
};
const reallocate = (allocatedWorkerId: string | null, effectiveFrom = '2025-03-01'): CaseCommand => ({
  type: 'ReallocateCase',
  data: { azeusNumber: AZEUS, allocatedWorkerId, effectiveFrom },
  metadata: metadata(),
});
const reallocated = (allocatedWorkerId: string | null, previousWorkerId: string | null, effectiveFrom = '2025-03-01'): CaseEvent => ({
  type: 'CaseReallocated',
  data: { azeusNumber: AZEUS, allocatedWorkerId, previousWorkerId, effectiveFrom, recordedAt: NOW },
});
const close = (closedOn = '2025-05-30'): CaseCommand => ({ type: 'CloseCase', data: { azeusNumber: AZEUS, closedOn }, metadata: metadata() });
const closed: CaseEvent = { type: 'CaseClosed', data: { azeusNumber: AZEUS, closedOn: '2025-05-30', recordedAt: NOW } };

describe('Case decider', () => {
  describe('When no case has the Azeus number', () => {
    it('should open it with its category, team, allocated worker and open date', () => {
      spec.given([]).when(open()).then(opened);
    });

    it('should open a case awaiting allocation', () => {
      spec.given([]).when(open({ allocatedWorkerId: null })).thenEvents((events) => {
        expect(events).toEqual([{ ...opened, data: { ...opened.data, allocatedWorkerId: null } }]);
      });
    });

    it('should refuse a category outside appendix A (CFA-12)', () => {
      spec.given([]).when(open({ category: 'CAF/TAC' })).thenThrows('CASE.CATEGORY_UNKNOWN', { field: 'category' });
    });

    it('should refuse an open date after today', () => {
      spec.given([]).when(open({ openedOn: '2025-06-13' })).thenThrows('CASE.DATE_IN_FUTURE', { field: 'openedOn' });
    });

    it('should refuse a case without a team', () => {
      spec.given([]).when(open({ teamId: '' })).thenThrows('CASE.FIELD_REQUIRED', { field: 'teamId' });
    });

    it('should refuse a reallocation', () => {
      spec.given([]).when(reallocate('sw-2')).thenThrows('CASE.NOT_FOUND', { kind: 'NOT_FOUND' });
    });
  });

  describe('When the case is open', () => {
    it('should decide nothing for the same facts again (an import run twice)', () => {
      spec.given(opened).when(open()).thenNothingHappens();
    });

    it('should refuse opening it again with other facts', () => {
      spec.given(opened).when(open({ category: 'CP' })).thenThrows('CASE.ALREADY_OPENED', { kind: 'CONFLICT', field: 'category' });
    });

    it('should record a reallocation as an event with its date, and unallocation', () => {
      spec.given(opened).when(reallocate('sw-2')).then(reallocated('sw-2', SW_ID));
      spec.given(opened).when(reallocate(null)).then(reallocated(null, SW_ID));
      spec.given(opened).when(reallocate(SW_ID)).thenNothingHappens();
    });

    it('should refuse a reallocation before the case opened or before the current allocation', () => {
      spec.given(opened).when(reallocate('sw-2', '2025-01-14')).thenThrows('CASE.EFFECTIVE_BEFORE_OPENED', { field: 'effectiveFrom' });
      spec
        .given([opened, reallocated('sw-2', SW_ID)])
        .when(reallocate('sw-3', '2025-02-01'))
        .thenThrows('CASE.EFFECTIVE_DATE_OUT_OF_ORDER', { field: 'effectiveFrom' });
    });

    it('should record a transfer to another team and a change of category', () => {
      spec
        .given(opened)
        .when({ type: 'TransferCase', data: { azeusNumber: AZEUS, teamId: 'south-cin', effectiveFrom: '2025-04-01' }, metadata: metadata() })
        .then({
          type: 'CaseTransferred',
          data: { azeusNumber: AZEUS, teamId: 'south-cin', previousTeamId: TEAM_ID, effectiveFrom: '2025-04-01', recordedAt: NOW },
        });
      spec
        .given(opened)
        .when({ type: 'RecategoriseCase', data: { azeusNumber: AZEUS, category: 'CP', effectiveFrom: '2025-04-01' }, metadata: metadata() })
        .then({
          type: 'CaseRecategorised',
          data: { azeusNumber: AZEUS, category: 'CP', previousCategory: 'CIN', effectiveFrom: '2025-04-01', recordedAt: NOW },
        });
    });

    it('should close it, not before it opened nor after today', () => {
      spec.given(opened).when(close()).then(closed);
      spec.given(opened).when(close('2025-01-14')).thenThrows('CASE.CLOSED_BEFORE_OPENED', { field: 'closedOn' });
      spec.given(opened).when(close('2025-06-13')).thenThrows('CASE.DATE_IN_FUTURE', { field: 'closedOn' });
      spec.given([opened, reallocated('sw-2', SW_ID)]).when(close('2025-02-01')).thenThrows('CASE.EFFECTIVE_DATE_OUT_OF_ORDER', {
        field: 'closedOn',
      });
    });
  });

  describe('When the case is closed', () => {
    it('should refuse changes but decide nothing for facts it holds', () => {
      spec.given([opened, closed]).when(reallocate('sw-2', '2025-06-01')).thenThrows('CASE.CLOSED', { kind: 'CONFLICT' });
      spec.given([opened, closed]).when(reallocate(SW_ID, '2025-06-01')).thenNothingHappens();
      spec.given([opened, closed]).when(close()).thenNothingHappens();
    });

    it('should reopen it, not before it closed', () => {
      const reopen = (reopenedOn: string): CaseCommand => ({ type: 'ReopenCase', data: { azeusNumber: AZEUS, reopenedOn }, metadata: metadata() });
      const reopened: CaseEvent = { type: 'CaseReopened', data: { azeusNumber: AZEUS, reopenedOn: '2025-06-02', recordedAt: NOW } };
      spec.given([opened, closed]).when(reopen('2025-06-02')).then(reopened);
      spec.given([opened, closed]).when(reopen('2025-05-01')).thenThrows('CASE.REOPENED_BEFORE_CLOSED', { field: 'reopenedOn' });
      spec.given([opened, closed, reopened]).when(reopen('2025-06-02')).thenNothingHappens();
      spec.given(opened).when(reopen('2025-06-02')).thenThrows('CASE.NOT_CLOSED', { kind: 'CONFLICT' });
      // After reopening, changes take effect from the reopening on.
      spec.given([opened, closed, reopened]).when(reallocate('sw-2', '2025-06-01')).thenThrows('CASE.EFFECTIVE_BEFORE_OPENED');
      spec.given([opened, closed, reopened]).when(reallocate('sw-2', '2025-06-02')).then(reallocated('sw-2', SW_ID, '2025-06-02'));
    });
  });
});

describe('Case category names', () => {
  it('should read the words of appendix A and their long forms as the categories', () => {
    expect(['CAF/ TAC', 'CiN', 'CP', 'LAC', 'CwD', 'Care Leaver', 'child in need', 'CARE_LEAVER'].map(caseCategoryFromName)).toEqual([
      'CAF_TAC',
      'CIN',
      'CP',
      'LAC',
      'CWD',
      'CARE_LEAVER',
      'CIN',
      'CARE_LEAVER',
    ]);
    expect(caseCategoryFromName('Adoption')).toBeNull();
  });
});
