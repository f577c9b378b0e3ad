import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGraphql } from './http-load.js';

const listen = (server: Server): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
const close = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));

describe('When a load run meets a server that fails it', () => {
  it('should say why a request failed, not only that fetch failed, when nothing listens on the port', async () => {
    // Given a port that was just freed
    const server = createServer();
    const port = await listen(server);
    await close(server);

    // When a run sends to it, then the error names the refused connection and which request it was
    await expect(loadGraphql(`http://127.0.0.1:${port}/graphql`, 'token', 3, 1, () => ({ query: '{ __typename }' }))).rejects.toThrow(
      /request 1 of 3 failed after \d+\.\d s: fetch failed: .*ECONNREFUSED/,
    );
  });

  it('should say the other side closed the socket when the server drops a request unanswered', async () => {
    // Given a server that destroys every connection as soon as a request arrives
    const server = createServer((request) => request.socket.destroy());
    const port = await listen(server);
    try {
      // When a run sends to it, then the error says the socket was closed
      await expect(loadGraphql(`http://127.0.0.1:${port}/graphql`, 'token', 1, 1, () => ({ query: '{ __typename }' }))).rejects.toThrow(
        /request 1 of 1 failed after \d+\.\d s: fetch failed: other side closed \(UND_ERR_SOCKET\)/,
      );
    } finally {
      server.closeAllConnections();
      await close(server);
    }
  });

  it('should name the GraphQL errors a server answers with', async () => {
    // Given a server that answers every request with a GraphQL error
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: 'Cannot query field "nope"' }] }));
    });
    const port = await listen(server);
    try {
      // When a run sends to it, then the error carries the status and the answer
      await expect(loadGraphql(`http://127.0.0.1:${port}/graphql`, 'token', 2, 2, () => ({ query: '{ nope }' }))).rejects.toThrow(
        /GraphQL request failed \(200\): .*Cannot query field/,
      );
    } finally {
      server.closeAllConnections();
      await close(server);
    }
  });
});
