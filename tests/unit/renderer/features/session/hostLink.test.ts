// What the facilitator pastes: only a loopback host address with a real token is accepted.
import { describe, expect, it } from 'vitest';
import { parseSessionTarget } from '../../../../../renderer/src/features/session/hostLink';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';
const HOST = 'ws://127.0.0.1:41234/host';

describe('parseSessionTarget', () => {
  it('reads the host link `npm run session` prints, join address and code included', () => {
    const fragment = new URLSearchParams({
      token: TOKEN,
      code: 'ABC234',
      join: 'http://192.168.1.20:5050/',
    });
    expect(parseSessionTarget({ address: `  ${HOST}#${fragment.toString()} ` })).toEqual({
      hostSocketUrl: HOST,
      hostToken: TOKEN,
      joinUrl: 'http://192.168.1.20:5050/',
      joinCode: 'ABC234',
    });
  });

  it('takes the parts one by one, and a bare token after the #', () => {
    expect(
      parseSessionTarget({ address: HOST, token: TOKEN, joinUrl: '', joinCode: 'abc 234' }),
    ).toEqual({ hostSocketUrl: HOST, hostToken: TOKEN, joinUrl: null, joinCode: 'ABC234' });
    expect(parseSessionTarget({ address: `${HOST}#${TOKEN}` })?.hostToken).toBe(TOKEN);
  });

  it('refuses anything but the loopback host endpoint with a well-formed token', () => {
    for (const address of [
      `ws://192.168.1.20:41234/host#${TOKEN}`,
      `wss://127.0.0.1:41234/host#${TOKEN}`,
      `ws://localhost:41234/host#${TOKEN}`,
      `ws://127.0.0.1:41234/ws#${TOKEN}`,
      `ws://127.0.0.1:0/host#${TOKEN}`,
      `ws://127.0.0.1:99999/host#${TOKEN}`,
      `ws://127.0.0.1@evil.example:41234/host#${TOKEN}`,
      `javascript:alert(1)//ws://127.0.0.1:41234/host#${TOKEN}`,
      `${HOST}#short`,
      `${HOST}#token=${TOKEN}x`,
      HOST,
    ]) {
      expect(parseSessionTarget({ address }), address).toBeNull();
    }
  });

  it('leaves out a join address or code it cannot read rather than show it wrong', () => {
    for (const join of [
      'https://192.168.1.20:5050/',
      'http://evil.example:80/',
      'javascript:alert(1)',
    ]) {
      const target = parseSessionTarget({
        address: `${HOST}#${TOKEN}`,
        joinUrl: join,
        joinCode: 'O0I1',
      });
      expect(target).toMatchObject({ joinUrl: null, joinCode: null });
    }
  });
});
