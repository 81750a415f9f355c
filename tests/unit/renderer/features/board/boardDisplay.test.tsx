// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  resetBoardDisplay,
  setBoardDisplay,
  useBoardDisplay,
} from '../../../../../renderer/src/features/board/boardDisplay';

afterEach(() => {
  cleanup();
  resetBoardDisplay();
});

function Show() {
  const display = useBoardDisplay();
  return <p>{`${display.markers} ${display.trayCollapsed}`}</p>;
}

describe('boardDisplay', () => {
  it('starts with titled labels and the tray open', () => {
    const { container } = render(<Show />);
    expect(container.textContent).toBe('false false');
  });

  it('changes every board that shows it, and keeps the choice for the session', () => {
    const { container } = render(<Show />);
    act(() => setBoardDisplay({ markers: true }));
    expect(container.textContent).toBe('true false');
    act(() => setBoardDisplay({ trayCollapsed: true }));
    expect(container.textContent).toBe('true true');
    expect(JSON.parse(sessionStorage.getItem('klimatverkstad.boardDisplay') ?? '{}')).toEqual({
      markers: true,
      trayCollapsed: true,
    });
  });

  it('reads a stored choice, and ignores a stored value it does not understand', () => {
    sessionStorage.setItem('klimatverkstad.boardDisplay', JSON.stringify({ markers: true }));
    const first = render(<Show />);
    expect(first.container.textContent).toBe('true false');
    first.unmount();
    act(() => resetBoardDisplay());
    sessionStorage.setItem('klimatverkstad.boardDisplay', '"nonsense');
    const second = render(<Show />);
    expect(second.container.textContent).toBe('false false');
  });
});
