// Shared by the servers under test: listen on the bench's port, announce it, and close cleanly on SIGTERM.
import { createServer, type RequestListener } from 'node:http';

export async function serveUntilStopped(handler: RequestListener, close: () => Promise<void> = async () => {}): Promise<void> {
  const port = Number(process.env.BENCH_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error('BENCH_PORT must name the port to listen on');
  const server = createServer(handler);
  // The bench keeps connections open for the whole run; Node's default 5 s keep-alive would close idle ones between steps.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  console.log(`LISTENING ${port}`);
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close();
    // Exiting normally (not by the signal) lets node --cpu-prof write its profile.
    void close().finally(() => process.exit(0));
  });
}
