import { parseArgs } from 'node:util';
import { ConfigError, ENVIRONMENT, readConfig } from './config.js';
import { createCoproduceServer, Refusal } from './server.js';
import { MAX_HOURS, mintToken, type Role } from './tokens.js';

const HELP = `coproduce-server: live sessions for coproduce elements.

  coproduce-server                  start the server (settings from the environment)
  coproduce-server token --room R --role facilitator|participant [--hours 12]
                                    print a signed token for one room (needs COPRODUCE_SECRET)

Environment:
${Object.entries(ENVIRONMENT)
  .map(([name, meaning]) => `  ${name.padEnd(34)} ${meaning}`)
  .join('\n')}
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function token(args: string[]): void {
  let values: { room?: string; role?: string; hours?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { room: { type: 'string' }, role: { type: 'string' }, hours: { type: 'string' } },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${HELP}`);
  }
  const secret = process.env.COPRODUCE_SECRET ?? '';
  if (secret.length < 32) fail('COPRODUCE_SECRET must be set, and at least 32 characters, to sign a token.');
  if (!values.room) fail('Say which room: --room <name>.');
  if (values.role !== 'facilitator' && values.role !== 'participant')
    fail('Say --role facilitator or --role participant.');
  const hours = values.hours === undefined ? 12 : Number(values.hours);
  if (!(hours > 0 && hours <= MAX_HOURS)) fail(`--hours must be more than 0 and at most ${MAX_HOURS}.`);
  try {
    process.stdout.write(`${mintToken(secret, values.room, values.role as Role, hours)}\n`);
  } catch (error) {
    fail((error as Error).message);
  }
}

async function start(): Promise<void> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`${error.message}\n\nRun coproduce-server --help for every setting.`);
    throw error;
  }
  // Hocuspocus prints a refused change with the room's name; the server logs its own line, without it.
  const printError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (args.some((arg) => arg instanceof Refusal)) return;
    printError(...args);
  };
  const { listen } = createCoproduceServer(config);
  try {
    await listen();
  } catch (error) {
    fail(`coproduce-server could not listen on ${config.host}:${config.port}: ${(error as Error).message}`);
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'token') token(rest);
else if (command === '--help' || command === '-h' || command === 'help') process.stdout.write(HELP);
else if (command === undefined || command === 'start') await start();
else fail(`Unknown command "${command}".\n\n${HELP}`);
