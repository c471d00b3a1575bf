// npm run bench:live (node bench/live.mjs): live sessions under load. Simulated people
// (Node clients, each with its own WebSocket, as each phone has) in rooms of 10 (one
// facilitator who seeds a <mark-scorer> document with the group's 9 names, and 9
// participants) against coproduce-server: (a) one instance, (b) two instances sharing
// one redis-server and one SQLite file, participants spread across both. Each
// participant makes a few changes the server's role rules allow (says they have
// answered the mark being scored, adds a ladder to it, writes a note on a mark of
// their own) at a staggered pace; the bench times each from the participant's change
// to the facilitator's Y.Doc holding it (one clock: everything runs in this process),
// and reads the server's memory (VmRSS) before and after the rooms open.
// Figures, not assertions: timings on a shared 2-core machine are noisy.
//
//   BENCH_QUICK=1              10 connections only, a quicker pace (about 15 s in all)
//   BENCH_LIVE_CONNECTIONS     connection counts, comma-separated (default 10,100,1000)
//   BENCH_LIVE_SERVERS         which set-ups: one,two (default both)
//   BENCH_LIVE_SEED            the schedule's random seed (default 17)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { MARK_SCORER, mark } from '../tests/server/fixtures.mjs';
import { buildServerOnce, startLiveServer, startRedis } from '../tests/support/live-server.mjs';
import {
  connect,
  cpuSecondsOf,
  credentials,
  deviceKey,
  leave,
  percentile,
  rssOf,
  schedOf,
  seeded,
  seededRandom,
} from './live-clients.mjs';

// The server command and the shared-document code, built from today's source (esbuild, about a second).
await buildServerOnce();
const { applyToShared, seedShared } = await import('../packages/server/dist/index.js');

const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = QUICK ? [10] : (process.env.BENCH_LIVE_CONNECTIONS ?? '10,100,1000').split(',').map(Number);
const SETUPS = (process.env.BENCH_LIVE_SERVERS ?? 'one,two').split(',').map((name) => name.trim());
const SEED = Number(process.env.BENCH_LIVE_SEED ?? 17);
for (const size of SIZES) {
  if (!Number.isInteger(size) || size < 10 || size % 10 !== 0) {
    throw new Error(`BENCH_LIVE_CONNECTIONS: each count must be a multiple of 10 (rooms of 10), not "${size}"`);
  }
}
for (const setup of SETUPS) {
  if (setup !== 'one' && setup !== 'two') throw new Error(`BENCH_LIVE_SERVERS: "one" or "two", not "${setup}"`);
}

const ROOM_SIZE = 10;
const cores = availableParallelism();
const NAMES = ['Sam', 'Ali', 'Jo', 'Priya', 'Dafydd', 'Grace', 'Tomasz', 'Nia', 'Kemi'];
/** The process stage's 13 marks, as <mark-scorer> seeds them; the group is scoring the first. */
const MARK_IDS = [
  'listening',
  'new-skills',
  'icebreakers',
  'creative-ways',
  'conflict',
  'community',
  'power',
  'ongoing-reviews',
  'decompress',
  'planning-for-change',
  'allyship',
  'online-comfort',
  'admin-support',
];
const SCORING = MARK_IDS[0];
/**
 * The pace: each participant's first change ("I have answered") at a random time in the
 * first `spread` ms, as a group does when the facilitator puts a mark up; then one every
 * `gap` ms (a random time between the two) as people add a ladder and write a note. Every
 * room starts at once: the busiest moment of a council's day, not an average minute.
 */
const PACE = QUICK ? { spread: 1000, gap: [400, 800] } : { spread: 8000, gap: [3000, 10_000] };
/** Connections opened at once: rooms are opened a few at a time, each facilitator first. */
const ROOMS_AT_ONCE = 5;
/**
 * After the last change is made, the bench waits for the rest to arrive: a change still
 * missing once nothing at all has arrived for `STALL_MS`, or after `DRAIN_LIMIT_MS`, is
 * counted lost. A slow change (a busy machine) is late, not lost.
 */
const STALL_MS = QUICK ? 5000 : 15_000;
const DRAIN_LIMIT_MS = QUICK ? 15_000 : 180_000;
/** A configuration that has not opened all its rooms by then stops, saying where. */
const OPEN_LIMIT_MS = 180_000;

/**
 * The server's own limits, raised or kept for the bench. Every simulated phone here
 * connects from 127.0.0.1, so the per-address limit (200 by default, for a meeting
 * room's wifi) must be raised to let 1,000 in; the per-connection message rate is a
 * limit on each phone, and is kept at its default, since each phone here has its own
 * connection and sends a few changes a minute.
 */
const SERVER_ENV = {
  COPRODUCE_CONNECTIONS_PER_ADDRESS: String(Math.max(...SIZES) + 100),
};

function seedData() {
  return { marks: MARK_IDS.map((id) => mark(id)), ideas: [], rounds: [], participants: NAMES.slice(), absent: [] };
}

const dataOf = (doc) => doc.getMap('coproduce').get('data').toJSON();
const markOf = (data, id) => data.marks.find((item) => item.id === id);

/**
 * A participant's changes, in order: each gives the patches to make on their own
 * copy (`data` is what they see now) and the test that the facilitator's copy holds it.
 */
function changesOf(name, index, room) {
  const ladderId = `ladder-${index}`;
  const ownMark = MARK_IDS[index + 1];
  const note = `${name}'s note in ${room}: the bus timetable makes the 10 o'clock start hard.`;
  return [
    {
      kind: 'answered',
      patches: (data) => {
        const answered = markOf(data, SCORING).answered;
        return [{ kind: 'members', path: ['marks', SCORING, 'answered'], from: answered, to: [...answered, name] }];
      },
      arrived: (data) => markOf(data, SCORING).answered.includes(name),
    },
    {
      kind: 'ladder',
      patches: (data) => {
        const ladders = markOf(data, SCORING).ladders;
        return [
          {
            kind: 'insert',
            path: ['marks', SCORING, 'ladders'],
            id: ladderId,
            after: ladders.at(-1)?.id ?? null,
            value: { id: ladderId, text: `${name}: people were paid for their time` },
          },
        ];
      },
      arrived: (data) => markOf(data, SCORING).ladders.some((item) => item.id === ladderId),
    },
    {
      kind: 'note',
      patches: (data) => [
        { kind: 'set', path: ['marks', ownMark, 'notes'], from: markOf(data, ownMark).notes, to: note },
      ],
      arrived: (data) => markOf(data, ownMark).notes === note,
    },
  ];
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes) => (bytes / 1024).toFixed(0);
const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
/** Like Promise.all, but waits for every promise to settle before failing, so no connection opens after the clean-up. */
async function allSettledOrThrow(promises) {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((outcome) => outcome.value);
}
const sleep = (time) => new Promise((resolve) => setTimeout(resolve, time));
const log = (line) => console.log(line);

/** Starts the servers of one set-up; `servers` are the coproduce-server instances, `extra` what else runs (redis). */
async function startSetup(setup, folder) {
  if (setup === 'one') {
    const one = await startLiveServer({ env: SERVER_ENV, database: join(folder, 'one.sqlite') });
    return { servers: [one], redis: null };
  }
  const redis = await startRedis();
  const database = join(folder, 'shared.sqlite');
  const one = await startLiveServer({ redisUrl: redis.url, database, env: SERVER_ENV });
  const two = await startLiveServer({ redisUrl: redis.url, database, env: SERVER_ENV, secret: one.secret });
  return { servers: [one, two], redis };
}

/** The machine's load average over the last minute: how busy the 2 cores were with everything else too. */
const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
const totalRss = (servers) => servers.reduce((sum, server) => sum + (rssOf(server.pid) ?? 0), 0);
/** The servers' main threads, summed: time on a CPU and time runnable but waiting for one. */
function totalSched(pids) {
  const all = pids.map(schedOf);
  return {
    ran: all.reduce((sum, one) => sum + (one?.ran ?? 0), 0),
    waited: all.reduce((sum, one) => sum + (one?.waited ?? 0), 0),
  };
}
const totalCpu = (servers) => servers.reduce((sum, server) => sum + (cpuSecondsOf(server.pid) ?? 0), 0);

/**
 * Opens one room: its facilitator joins and seeds the document, then its 9 people join
 * (with two servers, every other room's facilitator is on the second instance, and the
 * people alternate between both). `track` is told of every client opened.
 */
async function openRoom(servers, room, r, random, track) {
  const documentName = `${room}/mark-scorer`;
  const leadAt = r % servers.length;
  const leadServer = servers[leadAt];
  const lead = await connect(leadServer.url, documentName, leadServer.mint(room, 'facilitator'));
  track(lead);
  seedShared(lead.doc, MARK_SCORER, 1, seedData());
  const people = await allSettledOrThrow(
    NAMES.map(async (name, index) => {
      const at = (index + r) % servers.length;
      const server = servers[at];
      const token = credentials(server.mint(room, 'participant'), name, deviceKey(random));
      const client = await connect(server.url, documentName, token);
      track(client);
      await seeded(client.doc);
      return { name, index, client, crossing: at !== leadAt };
    }),
  );
  return { room, lead, people, waiting: [] };
}

/** A room that opens, where everyone says they have answered, and that closes again. */
async function warmUp(servers, random) {
  const warm = [];
  const room = await openRoom(servers, 'bench-warm-up', 0, random, (client) => warm.push(client));
  try {
    for (const person of room.people) {
      const [answered] = changesOf(person.name, person.index, room.room);
      applyToShared(person.client.doc, answered.patches(dataOf(person.client.doc)));
    }
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the warm-up room’s changes did not all arrive')), 60_000);
      const check = () => {
        if (
          room.people.every((person) =>
            changesOf(person.name, person.index, room.room)[0].arrived(dataOf(room.lead.doc)),
          )
        ) {
          clearTimeout(timer);
          room.lead.doc.off('update', check);
          resolve();
        }
      };
      room.lead.doc.on('update', check);
      check();
    });
  } finally {
    for (const client of warm) leave(client);
  }
}

/** One configuration: `setup` ('one' | 'two') at `size` connections. */
async function runConfiguration(setup, size) {
  const random = seededRandom(SEED + size + (setup === 'two' ? 1 : 0));
  const rooms = size / ROOM_SIZE;
  const folder = mkdtempSync(join(tmpdir(), 'coproduce-bench-live-'));
  const clients = [];
  const result = { setup, size, rooms, phase: 'starting the servers', opened: 0 };
  let started = null;
  try {
    started = await startSetup(setup, folder);
    const { servers, redis } = started;
    const track = (client) => {
      clients.push(client);
      result.opened += 1;
    };
    // One room opened, changed and closed first, so "before" includes the server's warm-up
    // (code compiled, heap grown, SQLite open), not only an idle process.
    result.phase = 'warming up';
    await warmUp(servers, random);
    await sleep(500);
    result.rssBefore = totalRss(servers);
    result.redisBefore = redis ? rssOf(redis.pid) : null;

    // Open the rooms, a few at a time: the facilitator joins and seeds, then the 9 people join.
    result.phase = 'opening the rooms';
    const openStart = performance.now();
    const roomsOpen = [];
    for (let first = 0; first < rooms; first += ROOMS_AT_ONCE) {
      if (performance.now() - openStart > OPEN_LIMIT_MS) {
        throw new Error(`not all rooms open after ${OPEN_LIMIT_MS / 1000} s`);
      }
      const batch = [];
      for (let r = first; r < Math.min(rooms, first + ROOMS_AT_ONCE); r++) {
        batch.push(openRoom(servers, `bench-${setup}-${size}-${r}`, r, random, track));
      }
      roomsOpen.push(...(await allSettledOrThrow(batch)));
    }
    result.openSeconds = (performance.now() - openStart) / 1000;
    await sleep(1000);
    result.rssOpen = totalRss(servers);
    result.redisOpen = redis ? rssOf(redis.pid) : null;

    // The changes, at a staggered pace; the facilitator's copy is watched for each.
    result.phase = 'making changes';
    const times = [];
    const crossingTimes = [];
    const sameTimes = [];
    let sent = 0;
    let arrived = 0;
    let lastArrival = performance.now();
    for (const room of roomsOpen) {
      room.lead.doc.on('update', () => {
        if (room.waiting.length === 0) return;
        const now = performance.now();
        const data = dataOf(room.lead.doc);
        room.waiting = room.waiting.filter((change) => {
          if (!change.arrived(data)) return true;
          const time = now - change.sentAt;
          times.push(time);
          (change.crossing ? crossingTimes : sameTimes).push(time);
          arrived += 1;
          lastArrival = now;
          return false;
        });
      });
    }
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    const cpuBefore = totalCpu(servers);
    const ownCpuBefore = process.cpuUsage();
    const serverSchedBefore = totalSched(servers.map((server) => server.pid));
    const ownSchedBefore = totalSched([process.pid]);
    result.loadBefore = loadAverage();
    const changesStart = performance.now();
    loopDelay.enable();
    const timers = [];
    let lastAt = 0;
    for (const room of roomsOpen) {
      for (const person of room.people) {
        let at = random() * PACE.spread;
        for (const change of changesOf(person.name, person.index, room.room)) {
          lastAt = Math.max(lastAt, at);
          timers.push(
            new Promise((resolve) => {
              setTimeout(() => {
                const data = dataOf(person.client.doc);
                const patches = change.patches(data);
                room.waiting.push({ ...change, crossing: person.crossing, sentAt: performance.now() });
                sent += 1;
                applyToShared(person.client.doc, patches);
                resolve();
              }, at);
            }),
          );
          at += PACE.gap[0] + random() * (PACE.gap[1] - PACE.gap[0]);
        }
      }
    }
    await Promise.all(timers);
    const drainStart = performance.now();
    const pending = () => roomsOpen.reduce((sum, room) => sum + room.waiting.length, 0);
    lastArrival = Math.max(lastArrival, drainStart);
    while (pending() > 0) {
      const now = performance.now();
      if (now - lastArrival > STALL_MS) {
        result.lostWhy = `nothing arrived for ${STALL_MS / 1000} s`;
        break;
      }
      if (now - drainStart > DRAIN_LIMIT_MS) {
        result.lostWhy = `still arriving ${DRAIN_LIMIT_MS / 1000} s after the last change: counted lost`;
        break;
      }
      await sleep(50);
    }
    loopDelay.disable();
    result.changesSeconds = (performance.now() - changesStart) / 1000;
    result.serverCpu = totalCpu(servers) - cpuBefore;
    const ownCpu = process.cpuUsage(ownCpuBefore);
    const serverSched = totalSched(servers.map((server) => server.pid));
    const ownSched = totalSched([process.pid]);
    result.serverRan = serverSched.ran - serverSchedBefore.ran;
    result.serverWaited = serverSched.waited - serverSchedBefore.waited;
    result.ownRan = ownSched.ran - ownSchedBefore.ran;
    result.ownWaited = ownSched.waited - ownSchedBefore.waited;
    result.benchCpu = (ownCpu.user + ownCpu.system) / 1e6;
    result.loadAfter = loadAverage();
    result.sent = sent;
    result.arrived = arrived;
    result.lost = pending();
    result.refused = clients.reduce((sum, client) => sum + client.closed.length, 0);
    result.refusals = [...new Set(clients.flatMap((client) => client.closed))];
    result.loopP99 = loopDelay.percentile(99) / 1e6;
    times.sort((a, b) => a - b);
    crossingTimes.sort((a, b) => a - b);
    sameTimes.sort((a, b) => a - b);
    result.median = percentile(times, 50);
    result.p95 = percentile(times, 95);
    result.max = times.at(-1);
    result.crossingMedian = setup === 'two' ? percentile(crossingTimes, 50) : null;
    result.crossingP95 = setup === 'two' ? percentile(crossingTimes, 95) : null;
    result.crossingCount = crossingTimes.length;
    result.sameMedian = percentile(sameTimes, 50);
    result.sameP95 = percentile(sameTimes, 95);
    result.sameCount = sameTimes.length;
    result.rssAfter = totalRss(servers);
    result.redisAfter = redis ? rssOf(redis.pid) : null;
    result.limited = servers.reduce(
      (sum, server) => sum + server.logs().filter((line) => line.event === 'rate-limited').length,
      0,
    );
    result.serverRefused = servers.reduce(
      (sum, server) => sum + server.logs().filter((line) => line.event === 'change-refused').length,
      0,
    );
    result.phase = 'done';
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    for (const client of clients) leave(client);
    if (started) {
      for (const server of started.servers) await server.stop();
      await started.redis?.stop();
    }
    rmSync(folder, { recursive: true, force: true });
  }
  return result;
}

function describe(result) {
  const label = `${result.setup === 'one' ? 'one server' : 'two servers + redis'}, ${result.size} connections (${result.rooms} ${result.rooms === 1 ? 'room' : 'rooms'})`;
  if (result.error) {
    return `${label}: stopped while ${result.phase}, ${result.opened} of ${result.size} connections open: ${result.error}`;
  }
  const perRoom = (result.rssOpen - result.rssBefore) / result.rooms;
  const lines = [
    `${label}: opened in ${result.openSeconds.toFixed(1)} s`,
    `  changes: ${result.sent} made, ${result.arrived} arrived at the facilitator, ${result.lost} lost` +
      `${result.lostWhy ? ` (${result.lostWhy})` : ''}` +
      `${result.refused ? `, ${result.refused} refused (${result.refusals.join(', ')})` : ''}` +
      `; rate-limited ${result.limited}, refused by the rules ${result.serverRefused}`,
    `  participant → facilitator: median ${ms(result.median)} ms, p95 ${ms(result.p95)} ms, max ${ms(result.max)} ms` +
      (result.crossingMedian !== null
        ? `\n    crossing instances (${result.crossingCount} changes): median ${ms(result.crossingMedian)} ms, p95 ${ms(result.crossingP95)} ms; ` +
          `on the facilitator's instance (${result.sameCount}): median ${ms(result.sameMedian)} ms, p95 ${ms(result.sameP95)} ms`
        : ''),
    `  server RSS: ${mb(result.rssBefore)} MB after a warm-up room, ${mb(result.rssOpen)} MB with the rooms open, ${mb(result.rssAfter)} MB after the changes` +
      `: ${kb(perRoom)} KB a room` +
      (result.redisBefore !== null
        ? `; redis-server ${mb(result.redisBefore)} → ${mb(result.redisOpen)} → ${mb(result.redisAfter)} MB`
        : ''),
    `  CPU during the changes (${result.changesSeconds.toFixed(1)} s): server ${result.serverCpu.toFixed(2)} s ` +
      `(${((result.serverCpu * 1000) / result.sent).toFixed(2)} ms a change, its broadcast and journal included), ` +
      `the simulated clients ${result.benchCpu.toFixed(2)} s; clients' event-loop delay p99 ${ms(result.loopP99)} ms; ` +
      `machine load average ${result.loadBefore.toFixed(1)} → ${result.loadAfter.toFixed(1)} on ${cores} cores`,
    `  main threads, ran / waited for a CPU while runnable: server ${result.serverRan.toFixed(2)} s / ${result.serverWaited.toFixed(2)} s, ` +
      `the simulated clients ${result.ownRan.toFixed(2)} s / ${result.ownWaited.toFixed(2)} s`,
  ];
  return lines.join('\n');
}

function table(results) {
  const base = results.find((result) => !result.error && result.setup === 'one' && result.size === SIZES[0]);
  const rows = [
    '| servers | connections | rooms | changes made | arrived | lost | median ms | p95 ms | p95 ÷ median | ' +
      `median ÷ one server at ${SIZES[0]} | server CPU a change, ms | server RSS after warm-up → rooms open, MB | ` +
      'memory a room, KB | load average | server ran / waited for a CPU, s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const result of results) {
    const servers = result.setup === 'one' ? 'one' : 'two + redis';
    if (result.error) {
      rows.push(
        `| ${servers} | ${result.size} | ${result.rooms} | stopped while ${result.phase}: ${result.opened} connections open | | | | | | | | | | | |`,
      );
      continue;
    }
    const perRoom = (result.rssOpen - result.rssBefore) / result.rooms;
    rows.push(
      `| ${servers} | ${result.size} | ${result.rooms} | ${result.sent} | ${result.arrived} | ${result.lost} | ` +
        `${ms(result.median)} | ${ms(result.p95)} | ${(result.p95 / result.median).toFixed(2)} | ` +
        `${base ? (result.median / base.median).toFixed(2) : '–'} | ${((result.serverCpu * 1000) / result.sent).toFixed(2)} | ` +
        `${mb(result.rssBefore)} → ${mb(result.rssOpen)} | ${kb(perRoom)}${result.rooms < 10 ? ' ¹' : ''} | ` +
        `${result.loadBefore.toFixed(1)} | ${result.serverRan.toFixed(1)} / ${result.serverWaited.toFixed(1)} |`,
    );
  }
  if (results.some((result) => !result.error && result.rooms < 10)) {
    rows.push(
      '',
      '¹ One room moves the server’s memory by less than its heap grows and shrinks: read the larger counts.',
    );
  }
  return rows.join('\n');
}

const began = performance.now();
log(
  `Live sessions: rooms of ${ROOM_SIZE} (1 facilitator, ${NAMES.length} participants, each its own WebSocket), ` +
    `${SIZES.join(', ')} connections, ${SETUPS.map((setup) => (setup === 'one' ? 'one server' : 'two servers sharing redis-server')).join(' and ')}${QUICK ? ' (BENCH_QUICK)' : ''}`,
);
log(
  `Each participant makes 3 changes (answered, a ladder, a note): the first within ${PACE.spread / 1000} s, ` +
    `then one every ${PACE.gap[0] / 1000}–${PACE.gap[1] / 1000} s; rooms opened ${ROOMS_AT_ONCE} at a time.`,
);
log(
  `Server limits for the bench: COPRODUCE_CONNECTIONS_PER_ADDRESS=${SERVER_ENV.COPRODUCE_CONNECTIONS_PER_ADDRESS} ` +
    '(raised: every simulated phone connects from 127.0.0.1); COPRODUCE_MESSAGES_PER_SECOND at its default (each phone has its own connection).',
);
log('Times are noisy on a shared machine: read the counts and ratios; nothing here is asserted.\n');
const results = [];
for (const size of SIZES) {
  for (const setup of SETUPS) {
    const result = await runConfiguration(setup, size);
    results.push(result);
    log(describe(result));
  }
}
log(`\n${table(results)}\n`);
const lost = results.reduce((sum, result) => sum + (result.error ? 0 : result.lost), 0);
const stopped = results.filter((result) => result.error).length;
const outcome = `${lost === 0 ? 'every change arrived' : `${lost} changes lost`}`;
log(
  `${stopped ? `${stopped} of ${results.length} configurations stopped (see above)${stopped < results.length ? `; in the rest, ${outcome}` : ''}` : outcome.replace(/^e/, 'E')}. ` +
    `Took ${((performance.now() - began) / 1000).toFixed(0)} s.`,
);
// Not a judgement of the times: a run that lost a change or could not finish is not a bench result.
if (lost > 0 || stopped > 0) process.exitCode = 1;
