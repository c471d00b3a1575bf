// Live-session tests: the real coproduce-server, started in Node by the test
// runner's `live-server` command (web-test-runner.config.mjs), and projects
// on this page that connect to it.
import { executeServerCommand } from '@web/test-runner-commands';
import type { CoproductionProject } from '../../packages/coproduction-project/src/index.js';
import '../../packages/coproduction-project/src/define.js';

export interface LiveServer {
  id: number;
  url: string;
  httpUrl: string;
}

export type Role = 'facilitator' | 'participant';

export const startServer = () => executeServerCommand<LiveServer, object>('live-server', { action: 'start' });
export const mint = (server: LiveServer, room: string, role: Role, hours?: number) =>
  executeServerCommand<string, object>('live-server', { action: 'mint', id: server.id, room, role, hours });
/** SIGKILL: the connection drops at once; the database stays for `restartServer`. */
export const killServer = (server: LiveServer) =>
  executeServerCommand('live-server', { action: 'kill', id: server.id });
export const restartServer = (server: LiveServer) =>
  executeServerCommand('live-server', { action: 'restart', id: server.id });
export const stopServer = (server: LiveServer) =>
  executeServerCommand('live-server', { action: 'stop', id: server.id });

let rooms = 0;
/** A room no other test (or earlier run, whose documents the device keeps) has used. */
export const newRoom = () =>
  `t${Date.now().toString(36)}${(rooms++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A project connected to `server` with a fresh token, put on the page (inside `into`, or the body). */
export async function liveProject(
  server: LiveServer,
  room: string,
  role: Role,
  { token, into = document.body }: { token?: string; into?: Element } = {},
): Promise<CoproductionProject> {
  const project = document.createElement('coproduction-project');
  project.server = server.url;
  project.room = room;
  project.token = token ?? (await mint(server, room, role));
  into.append(project);
  await project.updateComplete;
  return project;
}

/** The status line's words. */
export const statusOf = (project: CoproductionProject) =>
  project.shadowRoot?.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits (up to `ms`) until `check` holds, saying what it waited for if it never does. */
export async function until(what: string, check: () => boolean, ms = 12000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Waited ${ms} ms for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the status line says `words`. */
export const statusSays = (project: CoproductionProject, words: string, ms?: number) =>
  until(`the status to say “${words}” (it says “${statusOf(project)}”)`, () => statusOf(project).includes(words), ms);
