// The real coproduce-server for tests: the built command (packages/server/dist/cli.js,
// rebuilt first when packages/server/src is newer) run as a child process on
// 127.0.0.1 and a free port, with a fresh SQLite file, and a redis-server for
// scale-out tests.
//
//   const live = await startLiveServer();            // { url, httpUrl, port, secret, adminKey, mint, stop, kill, restart, logs }
//   const token = live.mint('room-1', 'participant'); // signed, 12 hours
//   await live.kill(); await live.restart();          // SIGKILL mid-session, then the same port, file and secret
//   const redis = await startRedis();                  // { url, port, stop }
import { spawn } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER_COMMAND = join(root, 'packages/server/dist/cli.js');
const STARTUP_MS = 15_000;
const STOP_MS = 10_000;

// The server bundles the elements' schemas and core's sync code, so any package's source counts.
const SOURCES = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name, 'src'))
  .filter((folder) => existsSync(folder));

function newestSource() {
  let newest = 0;
  for (const folder of SOURCES) {
    for (const entry of readdirSync(folder, { recursive: true })) {
      newest = Math.max(newest, statSync(join(folder, entry)).mtimeMs);
    }
  }
  return newest;
}

const stale = () => !existsSync(SERVER_COMMAND) || statSync(SERVER_COMMAND).mtimeMs < newestSource();

let built;
/**
 * Rebuilds the server (esbuild, well under a second) when its source is newer
 * than the build, so tests run today's source. Test files run in parallel
 * processes: a lock folder lets one of them build while the others wait.
 */
export function buildServerOnce() {
  built ??= (async () => {
    if (!stale()) return;
    const lock = join(
      tmpdir(),
      `coproduce-server-build-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`,
    );
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        mkdirSync(lock);
        break;
      } catch {
        if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    try {
      if (stale()) {
        const { buildServer } = await import('../../scripts/build-server.mjs');
        await buildServer();
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  })();
  return built;
}

/** A port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The token format of the common ground, made here independently of the server's own code. */
export function mintToken(secret, room, role, hours = 12) {
  const exp = Math.floor(Date.now() / 1000 + hours * 3600);
  const payload = Buffer.from(JSON.stringify({ room, role, exp })).toString('base64url');
  const signature = createHmac('sha256', secret).update(`v1.${payload}`).digest('base64url');
  return `v1.${payload}.${signature}`;
}

/**
 * Stops a child process with `signal`. One still running STOP_MS later is
 * killed, so no test leaves it behind, and the stop fails: a server that does
 * not stop when asked (or flush on SIGTERM) is a fault to see, not to paper over.
 */
async function stopProcess(child, signal, what, send = (sig) => child.kill(sig)) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  send(signal);
  if (await waitForExit(child, STOP_MS)) return;
  send('SIGKILL');
  await waitForExit(child, STOP_MS);
  throw new Error(`${what} did not stop within ${STOP_MS} ms of ${signal}`);
}

function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts coproduce-server. `database`: an SQLite file (default: a new one in a temp
 * folder, removed by stop()); `redisUrl`: to run with others; `env`: any other
 * COPRODUCE_* setting; `secret`: to share one with other instances. `logs()` gives every JSON line printed so far (across
 * restarts), `output()` all of stdout and stderr as text.
 */
export async function startLiveServer({ redisUrl, database, env = {}, secret: sharedSecret, build = true } = {}) {
  if (build) await buildServerOnce();
  if (!existsSync(SERVER_COMMAND)) throw new Error(`${SERVER_COMMAND} is missing: run npm run build`);
  const port = await freePort();
  const secret = sharedSecret ?? randomBytes(32).toString('base64url');
  const adminKey = randomBytes(32).toString('base64url');
  const folder = database ? null : mkdtempSync(join(tmpdir(), 'coproduce-server-'));
  const file = database ?? join(folder, 'coproduce.sqlite');
  const lines = [];
  let text = '';
  let child = null;

  const childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    COPRODUCE_SECRET: secret,
    COPRODUCE_ADMIN_KEY: adminKey,
    COPRODUCE_PORT: String(port),
    COPRODUCE_HOST: '127.0.0.1',
    COPRODUCE_DATABASE: file,
    ...(redisUrl ? { COPRODUCE_REDIS_URL: redisUrl } : {}),
    ...env,
  };

  async function launch() {
    const started = lines.length;
    child = spawn(process.execPath, [SERVER_COMMAND], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let partial = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      text += chunk;
      partial += chunk;
      const complete = partial.split('\n');
      partial = complete.pop();
      for (const line of complete) {
        try {
          lines.push(JSON.parse(line));
        } catch {
          lines.push({ event: 'text', line });
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      text += chunk;
    });
    const running = child;
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        running.kill('SIGKILL');
        reject(new Error(`coproduce-server did not start within ${STARTUP_MS} ms:\n${text}`));
      }, STARTUP_MS);
      const onExit = (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`coproduce-server exited (${code ?? signal}) before listening:\n${text}`));
      };
      running.once('exit', onExit);
      const poll = setInterval(() => {
        if (lines.slice(started).some((line) => line.event === 'started')) {
          clearInterval(poll);
          clearTimeout(timer);
          running.off('exit', onExit);
          resolve();
        }
      }, 10);
      running.once('exit', () => clearInterval(poll));
    });
  }

  async function halt(signal) {
    if (!child) return;
    const running = child;
    child = null;
    await stopProcess(running, signal, 'coproduce-server');
  }

  await launch();
  return {
    url: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    port,
    secret,
    adminKey,
    database: file,
    /** A signed token for `room` and `role` ('facilitator' | 'participant'). */
    mint: (room, role, hours = 12) => mintToken(secret, room, role, hours),
    /** Every JSON line the server printed so far. */
    logs: () => lines.slice(),
    /** Everything the server printed so far, stdout and stderr. */
    output: () => text,
    get pid() {
      return child?.pid ?? null;
    },
    /** SIGTERM (pending writes are flushed), and waits for the process to end. Removes the temp database. */
    async stop() {
      try {
        await halt('SIGTERM');
      } finally {
        if (folder) rmSync(folder, { recursive: true, force: true });
      }
    },
    /** SIGKILL: nothing gets a chance to flush. The database stays for restart(). */
    kill: () => halt('SIGKILL'),
    /** Starts it again (after stop without removal, or kill) on the same port, file and secret. */
    async restart() {
      await halt('SIGTERM');
      await launch();
    },
  };
}

/** A redis-server of its own on a free port, keeping nothing on disk. */
export async function startRedis() {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const pid = child.pid;
  let text = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${text}`)), STARTUP_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`redis-server could not start (apt-get install -y redis-server): ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}):\n${text}`));
    });
    const onData = (chunk) => {
      text += chunk;
      if (/ready to accept connections/i.test(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid,
    stop: () => stopProcess(child, 'SIGTERM', 'redis-server', (signal) => process.kill(pid, signal)),
  };
}
