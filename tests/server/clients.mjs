// Node clients for the server tests: the real @hocuspocus/provider over `ws`, one Y.Doc each.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** What a provider sends as its token: the signed token, and once a name is picked, the name and this device's key. */
export function credentials(token, name, key) {
  return JSON.stringify(name ? { token, name, key } : { token });
}

/** A random device key, as a browser keeps in localStorage. */
export function deviceKey() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}

/** Polls until `check()` is truthy; fails after `ms` saying what it waited for. */
export async function waitFor(check, what, ms = 5000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Joins one shared document. Resolves once the server has said yes or no:
 * `refused` holds the reason of a refused token; `closed` the reasons the server
 * closed this document's connection (a refused change).
 */
export async function join(url, documentName, token, { doc = new Y.Doc(), ms = 5000 } = {}) {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 300,
    factor: 1.5,
  });
  const client = { doc, socket, refused: null, closed: [], synced: false, syncs: 0 };
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => {
      client.refused = reason;
    },
    onClose: ({ event }) => {
      if (event?.reason) client.closed.push(event.reason);
    },
    onSynced: () => {
      client.synced = true;
      client.syncs += 1;
    },
  });
  client.provider = provider;
  client.leave = () => {
    // A socket still connecting (its server is down) reports its own closing as an error: expected here.
    socket.webSocket?.on?.('error', () => {});
    provider.destroy();
    socket.destroy();
    doc.destroy();
  };
  provider.attach();
  try {
    await waitFor(() => client.synced || client.refused, `${documentName} to sync or be refused`, ms);
  } catch (error) {
    client.leave();
    throw error;
  }
  return client;
}

/** Everyone's copy as plain JSON: the root map {format, version, data, claims}. */
export function rootJson(doc) {
  return doc.getMap('coproduce').toJSON();
}
