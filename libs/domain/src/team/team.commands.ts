import type { Command } from '../shared/decider.js';

export type RegisterTeam = Command<
  'RegisterTeam',
  { readonly teamId: string; readonly name: string; readonly serviceAreaId: string }
>;

export type RenameTeam = Command<'RenameTeam', { readonly teamId: string; readonly name: string }>;

export type MoveTeamToServiceArea = Command<
  'MoveTeamToServiceArea',
  { readonly teamId: string; readonly serviceAreaId: string; /** ISO date. */ readonly effectiveFrom: string }
>;

export type CloseTeam = Command<'CloseTeam', { readonly teamId: string; /** ISO date. */ readonly closedOn: string }>;

export type TeamCommand = RegisterTeam | RenameTeam | MoveTeamToServiceArea | CloseTeam;
export type TeamCommandType = TeamCommand['type'];
