// `npm run session`: the session server on its own, without the desktop app, for trying the
// participant side and for testing on a real network. Stops cleanly on Ctrl+C (SIGINT) and
// SIGTERM, and when the host ends the session.
import { resolve } from 'node:path';
import { USAGE, parseCliArgs } from './cliArgs';
import { chooseAddress, listInterfaces } from './interfaces';
import { startSessionServer } from './server';

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
    ...(command.bundleRoot ? { bundleRoot: resolve(command.bundleRoot) } : {}),
  });
  console.log(
    [
      'Session server running.',
      `  Join address:  ${server.joinUrl}`,
      `  Join code:     ${server.joinCode}`,
      `  Host address:  ${server.hostSocketUrl}`,
      `  Host token:    ${server.hostToken}`,
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
