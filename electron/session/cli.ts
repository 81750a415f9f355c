// `npm run session`: the session server on its own, without the desktop app, for trying the
// participant side and for testing on a real network. Stops cleanly on Ctrl+C (SIGINT) and
// SIGTERM, and when the host ends the session.
import { resolve } from 'node:path';
import { builtBundle } from './bundleFiles';
import { USAGE, parseCliArgs } from './cliArgs';
import { chooseAddress, listInterfaces } from './interfaces';
import { DEFAULT_HOST_ORIGINS } from './options';
import { startSessionServer } from './server';

/**
 * The browser version's facilitator page (`npm run web`, and its preview) connects as host from
 * these origins; any other page is refused (403) before the host token is even read.
 */
const WEB_FACILITATOR_ORIGINS = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
];

async function main(): Promise<number> {
  const command = parseCliArgs(process.argv.slice(2));
  if (command.kind === 'help') return print(USAGE, 0);
  if (command.kind === 'error') return print(`${command.message}\n\n${USAGE}`, 2);
  if (command.kind === 'list-interfaces') {
    const usable = listInterfaces();
    if (usable.length === 0) return print('No network interface other devices could reach.', 0);
    return print(usable.map((entry) => `${entry.name}\t${entry.address}`).join('\n'), 0);
  }
  const choice = chooseAddress(command.interfaceChoice);
  if (!choice.ok) {
    const why =
      choice.reason === 'all-interfaces'
        ? 'The session listens on one interface, never on all. Name one (--list-interfaces).'
        : `No usable interface "${command.interfaceChoice}". See --list-interfaces.`;
    return print(why, 2);
  }
  const server = await startSessionServer({
    address: choice.address,
    port: command.port,
    ...(command.joinCode ? { joinCode: command.joinCode } : {}),
    hostOrigins: [...DEFAULT_HOST_ORIGINS, ...WEB_FACILITATOR_ORIGINS],
    ...bundleOption(command.bundleRoot),
  });
  console.log(
    [
      'Session server running.',
      `  Join address:  ${server.joinUrl}`,
      `  Join code:     ${server.joinCode}`,
      `  Host address:  ${server.hostSocketUrl}`,
      `  Host token:    ${server.hostToken}`,
      // One string for the facilitator's page ("Connect to a session server"): the token rides
      // in the fragment, which a browser never sends anywhere.
      `  Host link:     ${hostLink(server)}`,
      'Press Ctrl+C to stop.',
    ].join('\n'),
  );
  const stopOn = (signal: NodeJS.Signals) =>
    process.once(signal, () => {
      console.log(`\n${signal}: stopping …`);
      void server.stop('server-stopping');
    });
  stopOn('SIGINT');
  stopOn('SIGTERM');
  await server.stopped;
  console.log('Session server stopped.');
  return 0;
}

/** The host address with the token, join code and join address in its fragment. */
function hostLink(server: Awaited<ReturnType<typeof startSessionServer>>): string {
  const fragment = new URLSearchParams({
    token: server.hostToken,
    code: server.joinCode,
    join: server.joinUrl,
  });
  return `${server.hostSocketUrl}#${fragment.toString()}`;
}

/**
 * The participant page: the folder named with --bundle, else the page `npm run session` builds
 * next to this module (out/participant), else none (the server shows its placeholder).
 */
function bundleOption(named: string | undefined): { bundleRoot?: string } {
  if (named) return { bundleRoot: resolve(named) };
  return builtBundle(resolve(import.meta.dirname, '../participant'));
}

function print(text: string, code: number): number {
  (code === 0 ? console.log : console.error)(text);
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      'The session server could not start:',
      error instanceof Error ? error.message : error,
    );
    process.exitCode = 1;
  },
);
