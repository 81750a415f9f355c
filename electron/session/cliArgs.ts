// The command line of `npm run session`.
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@shared/protocol/limits';

const JOIN_CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export type CliCommand =
  | {
      kind: 'start';
      interfaceChoice?: string;
      port: number;
      bundleRoot?: string;
      /** The join code of a session this server continues (its seats come from the host). */
      joinCode?: string;
    }
  | { kind: 'list-interfaces' }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export const USAGE = `Usage: npm run session -- [options]

  --interface <name|address>  where participants reach the session (default 127.0.0.1)
  --port <number>             port for participants (default: a free one)
  --bundle <folder>           serve the participant page from this folder
  --join-code <code>          continue a session after a restart: its join code (with the
                              same --port, phones reconnect by themselves once the
                              facilitator's page connects with the new host link)
  --list-interfaces           list the network interfaces participants could use
  --help                      show this text`;

export function parseCliArgs(args: readonly string[]): CliCommand {
  let interfaceChoice: string | undefined;
  let port = 0;
  let bundleRoot: string | undefined;
  let joinCode: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[i + 1];
    switch (arg) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--list-interfaces':
        return { kind: 'list-interfaces' };
      case '--interface':
      case '--port':
      case '--bundle':
      case '--join-code':
        if (value === undefined || value.startsWith('--')) {
          return { kind: 'error', message: `${arg} needs a value` };
        }
        i++;
        if (arg === '--interface') interfaceChoice = value;
        else if (arg === '--join-code') {
          if (!JOIN_CODE.test(value))
            return { kind: 'error', message: `not a join code: ${value}` };
          joinCode = value;
        } else if (arg === '--bundle') bundleRoot = value;
        else if (/^\d{1,5}$/.test(value) && Number(value) <= 65535) port = Number(value);
        else return { kind: 'error', message: `not a port: ${value}` };
        break;
      default:
        return { kind: 'error', message: `unknown option: ${arg}` };
    }
  }
  return { kind: 'start', interfaceChoice, port, bundleRoot, ...(joinCode ? { joinCode } : {}) };
}
