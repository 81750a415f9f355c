// @vitest-environment jsdom
// The desktop's start of a session: the facilitator picks the network, the app starts the
// server there, and the page gets what it needs to connect as host.
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StartSessionResult } from '../../../../../shared/ipc/types';
import type { SessionBridge } from '../../../../../renderer/src/platform/platform';
import { InterfaceChoice } from '../../../../../renderer/src/features/session/InterfaceChoice';
import { renderInEnglish } from '../catalogue/renderInEnglish';

afterEach(cleanup);

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

function bridge(result: StartSessionResult): SessionBridge {
  return {
    listInterfaces: vi.fn(async () => ({
      ok: true as const,
      interfaces: [
        { name: 'wlan0', address: '192.168.1.20' },
        { name: 'eth0', address: '10.0.0.5' },
      ],
    })),
    start: vi.fn(async () => result),
    stop: vi.fn(async () => ({ ok: true as const })),
  };
}

describe('InterfaceChoice', () => {
  it('offers the networks first and loopback last, and starts on the one chosen', async () => {
    const started = bridge({
      ok: true,
      session: {
        joinUrl: 'http://10.0.0.5:5050/',
        joinCode: 'ABC234',
        hostSocketUrl: 'ws://127.0.0.1:41234/host',
        hostToken: TOKEN,
      },
    });
    const onStarted = vi.fn();
    await renderInEnglish(<InterfaceChoice bridge={started} onStarted={onStarted} />);
    const select = screen.getByRole('combobox', {
      name: 'Network participants reach the session on',
    });
    await waitFor(() => expect(select).toHaveProperty('value', '192.168.1.20'));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'wlan0 – 192.168.1.20',
      'eth0 – 10.0.0.5',
      'This computer only (127.0.0.1, for trying it out)',
    ]);
    await userEvent.selectOptions(select, '10.0.0.5');
    await userEvent.click(screen.getByRole('button', { name: 'Start the session' }));
    expect(started.start).toHaveBeenCalledWith('10.0.0.5');
    await waitFor(() =>
      expect(onStarted).toHaveBeenCalledWith({
        hostSocketUrl: 'ws://127.0.0.1:41234/host',
        hostToken: TOKEN,
        joinUrl: 'http://10.0.0.5:5050/',
        joinCode: 'ABC234',
      }),
    );
  });

  it('says so when the network has gone, and starts nothing', async () => {
    const gone = bridge({ ok: false, reason: 'unknown-interface' });
    const onStarted = vi.fn();
    await renderInEnglish(<InterfaceChoice bridge={gone} onStarted={onStarted} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start the session' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'That network is no longer there. Choose another one from the list.',
    );
    expect(onStarted).not.toHaveBeenCalled();
  });
});
