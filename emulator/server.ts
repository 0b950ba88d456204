// A standalone HTTP server around the emulator (npm run emulator); npm start mounts it instead.
import { createServer, type Server } from 'node:http';
import { Emulator, type EmulatorOptions } from './emulator';
import { graphError } from './graph-error';
import { answerClientErrors, send } from './http-io';

export async function startEmulatorServer(options: EmulatorOptions & { port: number; host?: string }): Promise<{ emulator: Emulator; server: Server; url: string }> {
  const emulator = new Emulator({ ...options, allowedHosts: options.host ? [options.host] : [] });
  const server = createServer((req, res) => {
    if (!emulator.handles(req.url)) {
      send(res, graphError(404, 'NotFound', `Nothing at ${req.url ?? ''}. Graph is at /v1.0, the emulator's controls at /_emulator.`), { cors: false });
      return;
    }
    emulator.serve(req, res);
  });
  answerClientErrors(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${options.port} is already in use: choose another with --port.`) : error),
    );
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  server.on('close', () => emulator.close());
  return { emulator, server, url: `http://localhost:${port}` };
}
