import type { Command } from '../shared/decider.js';

/** Task-based commands of a case. `category` arrives as a string; `decide` checks it. Dates are YYYY-MM-DD. */

export type OpenCase = Command<
  'OpenCase',
  {
    readonly azeusNumber: string;
    /** One of CASE_CATEGORIES. */
    readonly category: string;
    readonly teamId: string;
    readonly allocatedWorkerId?: string | null;
    readonly openedOn: string;
  }
>;

export type ReallocateCase = Command<
  'ReallocateCase',
  { readonly azeusNumber: string; readonly allocatedWorkerId: string | null; readonly effectiveFrom: string }
>;

export type TransferCase = Command<
  'TransferCase',
  { readonly azeusNumber: string; readonly teamId: string; readonly effectiveFrom: string }
>;

export type RecategoriseCase = Command<
  'RecategoriseCase',
  { readonly azeusNumber: string; readonly category: string; readonly effectiveFrom: string }
>;

export type CloseCase = Command<'CloseCase', { readonly azeusNumber: string; readonly closedOn: string }>;

export type ReopenCase = Command<'ReopenCase', { readonly azeusNumber: string; readonly reopenedOn: string }>;

export type CaseCommand = OpenCase | ReallocateCase | TransferCase | RecategoriseCase | CloseCase | ReopenCase;
export type CaseCommandType = CaseCommand['type'];
