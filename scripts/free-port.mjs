// A free TCP port on 127.0.0.1, for the servers the tests start (the test runner, WebKitWebDriver,
// WordPress's PHP server): the system picks one, and it is released for the caller to take.
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
