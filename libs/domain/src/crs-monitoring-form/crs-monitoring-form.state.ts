import type { CrsMonitoringFormEvent, CrsMonitoringFormSubmitted } from './crs-monitoring-form.events.js';

export type NotSubmittedMonitoringForm = { readonly status: 'NOT_SUBMITTED' };

export type MonitoringFormSupervisionUse = { readonly supervisionDate: string; readonly notes: string | null };

/** A submitted form is settled; only its use in supervision goes on. */
export type SubmittedMonitoringForm = Omit<CrsMonitoringFormSubmitted['data'], 'submittedAt'> & {
  readonly status: 'SUBMITTED';
  readonly submittedAt: string;
  readonly usedInSupervision: readonly MonitoringFormSupervisionUse[];
};

export type CrsMonitoringForm = NotSubmittedMonitoringForm | SubmittedMonitoringForm;
export type CrsMonitoringFormStatus = CrsMonitoringForm['status'];

export function initialState(): CrsMonitoringForm {
  return { status: 'NOT_SUBMITTED' };
}

/** Folds recorded facts; never throws. A fact that does not fit the state leaves it as it was. */
export function evolve(state: CrsMonitoringForm, event: CrsMonitoringFormEvent): CrsMonitoringForm {
  switch (event.type) {
    case 'CrsMonitoringFormSubmitted':
      return state.status === 'NOT_SUBMITTED' ? { ...event.data, status: 'SUBMITTED', usedInSupervision: [] } : state;
    case 'CrsMonitoringFormUsedInSupervision':
      if (state.status !== 'SUBMITTED') return state;
      return {
        ...state,
        usedInSupervision: [...state.usedInSupervision, { supervisionDate: event.data.supervisionDate, notes: event.data.notes }],
      };
    default:
      // A fact this version does not know changes nothing.
      return state;
  }
}
