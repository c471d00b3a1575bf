// The simulated people of bench/live.mjs: each one a Node client with its own
// WebSocket (as each phone has), the real @hocuspocus/provider over `ws`, and
// one Y.Doc. Also what the bench reads about the server processes from /proc.
import { readFileSync } from 'node:fs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** What a provider sends as its token: the signed token, and the name and device key once a name is picked. */
export function credentials(token, name, key) {
  return JSON.stringify(name ? { token, name, key } : { token });
}

/** A device key as a browser keeps in localStorage: 128 random bits, base64url. */
export function deviceKey(random) {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  return Buffer.from(bytes).toString('base64url');
}

/** A small seeded random number generator (mulberry32), so two runs make the same schedule. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Opens one connection to one shared document and resolves once it has synced
 * (rejects if the token is refused or nothing happens within `ms`). `closed`
 * collects the reasons the server gave for closing it (a refused change).
 */
export function connect(url, documentName, token, { ms = 30_000 } = {}) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const client = { doc, socket, provider: null, closed: [] };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      leave(client);
      reject(new Error(`${documentName}: no sync within ${ms} ms`));
    }, ms);
    client.provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentName,
      document: doc,
      token,
      onAuthenticationFailed: ({ reason }) => {
        clearTimeout(timer);
        leave(client);
        reject(new Error(`${documentName}: token refused (${reason})`));
      },
      onClose: ({ event }) => {
        if (event?.reason) client.closed.push(event.reason);
      },
      onSynced: () => {
        clearTimeout(timer);
        resolve(client);
      },
    });
    client.provider.attach();
  });
}

export function leave(client) {
  client.socket.webSocket?.on?.('error', () => {});
  client.provider?.destroy();
  client.socket.destroy();
  client.doc.destroy();
}

/** Resolves once `doc` has a seeded document (its root map holds `data`), or rejects after `ms`. */
export function seeded(doc, ms = 30_000) {
  const has = () => doc.getMap('coproduce').get('data') instanceof Y.Map;
  if (has()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      doc.off('update', onUpdate);
      reject(new Error(`no seed within ${ms} ms`));
    }, ms);
    const onUpdate = () => {
      if (!has()) return;
      clearTimeout(timer);
      doc.off('update', onUpdate);
      resolve();
    };
    doc.on('update', onUpdate);
  });
}

/** Resident memory of a process in bytes (VmRSS in /proc/<pid>/status), or null when it is not there. */
export function rssOf(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time a process has used so far, in seconds (user + system, from /proc/<pid>/stat; 100 ticks a second). */
export function cpuSecondsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state is field 3, utime 14 and stime 15 (1-based in proc(5)).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The value at percentile `p` of sorted numbers (nearest rank). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * The main thread's time on a CPU and time spent runnable but waiting for one, in seconds
 * (/proc/<pid>/schedstat): a thread that waited long for a CPU was held back by the
 * machine, not by its own work. Null when it cannot be read.
 */
export function schedOf(pid) {
  try {
    const [ran, waited] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return { ran: ran / 1e9, waited: waited / 1e9 };
  } catch {
    return null;
  }
}
