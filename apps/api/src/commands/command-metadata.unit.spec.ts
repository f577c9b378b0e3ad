import { commandMetadata } from './command-metadata.js';

describe('Command metadata from a request', () => {
  const actor = { staffId: 'staff-tm-0042', role: 'TEAM_MANAGER' } as const;
  const now = new Date('2025-06-12T14:00:00.000Z');

  describe('When the client sent a commandId', () => {
    it('should carry it as the commandId and the causation id, with the actor, the server clock and the correlation id', () => {
      const commandId = '0b5a3c1e-1111-4e0e-8f43-0b7e1d2c3a4b';
      expect(commandMetadata({ actor, correlationId: 'req-1', commandId, now })).toEqual({
        actor,
        now: '2025-06-12T14:00:00.000Z',
        commandId,
        correlationId: 'req-1',
        causationId: commandId,
      });
    });
  });

  describe('When the client sent no commandId', () => {
    it('should give each command a fresh one', () => {
      const a = commandMetadata({ actor, correlationId: 'req-1', now });
      const b = commandMetadata({ actor, correlationId: 'req-1', now });
      expect(a.commandId).toMatch(/^[0-9a-f-]{36}$/);
      expect(a.commandId).not.toBe(b.commandId);
      expect(a.causationId).toBe(a.commandId);
    });
  });
});
