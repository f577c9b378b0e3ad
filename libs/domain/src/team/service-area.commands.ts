import type { Command } from '../shared/decider.js';

export type RegisterServiceArea = Command<'RegisterServiceArea', { readonly serviceAreaId: string; readonly name: string }>;

export type RenameServiceArea = Command<'RenameServiceArea', { readonly serviceAreaId: string; readonly name: string }>;

export type CloseServiceArea = Command<
  'CloseServiceArea',
  { readonly serviceAreaId: string; /** ISO date (YYYY-MM-DD). */ readonly closedOn: string }
>;

export type ServiceAreaCommand = RegisterServiceArea | RenameServiceArea | CloseServiceArea;
export type ServiceAreaCommandType = ServiceAreaCommand['type'];
