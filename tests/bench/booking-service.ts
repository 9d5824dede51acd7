/**
 * The service as `npm start` runs it, in a child process the booking bench can stop, kill and
 * start again on the same data.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../api/src/main.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUT_TAIL = 40;

export interface ChildService {
  readonly baseUrl: string;
  /** Whether the process is still there, and the last lines it printed (to explain a failure). */
  status(): { alive: boolean; exit: string | null; output: string };
  /** SIGTERM: the service closes its database and job queue, then exits. */
  stop(): Promise<void>;
  /** SIGKILL: a crash, nothing closed. */
  kill(): Promise<void>;
}

/** Only what node needs from the bench's environment: no Microsoft 365 or database settings leak in. */
function inherited(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SYSTEMROOT', 'TZ'];
  return Object.fromEntries(keep.flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])));
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no free port found');
  return address.port;
}

/** The last lines the child printed, shown when it fails. */
function tailOf(child: ChildProcess): () => string {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - OUTPUT_TAIL));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => lines.join('\n');
}

async function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([once(child, 'exit').then(() => true), timer]);
}

/** Starts `node --import tsx api/src/main.ts` with `env` on a free port and waits for `/readyz`. */
export async function startChildService(
  env: Record<string, string>,
  { readyWithinMs = 180_000 } = {},
): Promise<ChildService> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: REPO,
    env: {
      ...inherited(),
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = tailOf(child);
  // A bench that stops on an uncaught error must not leave a service behind.
  const reap = () => child.kill('SIGKILL');
  process.on('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  const failure = (what: string) => new Error(`${what}\n--- service output ---\n${tail()}`);

  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw failure(`the service exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    const ready = await fetch(`${baseUrl}/readyz`)
      .then(async (r) => {
        await r.text();
        return r.ok;
      })
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw failure(`the service was not ready within ${readyWithinMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    baseUrl,
    status: () => ({
      alive: child.exitCode === null && child.signalCode === null,
      exit: child.signalCode ?? (child.exitCode === null ? null : String(child.exitCode)),
      output: tail(),
    }),
    async stop() {
      child.kill('SIGTERM');
      if (!(await exited(child, 30_000))) {
        child.kill('SIGKILL');
        await exited(child, 10_000);
      }
    },
    async kill() {
      child.kill('SIGKILL');
      await exited(child, 10_000);
    },
  };
}
