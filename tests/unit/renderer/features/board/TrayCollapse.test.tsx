// @vitest-environment jsdom
import { DndContext } from '@dnd-kit/core';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetBoardDisplay } from '../../../../../renderer/src/features/board/boardDisplay';
import { CatalogueTray } from '../../../../../renderer/src/features/catalogue/CatalogueTray';
import { renderInEnglish } from '../catalogue/renderInEnglish';

afterEach(() => {
  cleanup();
  resetBoardDisplay();
});

async function showTray() {
  await renderInEnglish(
    <DndContext>
      <CatalogueTray placedIds={new Set()} focusModelId={null} onShowDetails={vi.fn()} />
    </DndContext>,
  );
  return userEvent.setup();
}

describe('the catalogue tray folds away', () => {
  it('folds to a strip that still names the tray, and unfolds again', async () => {
    const user = await showTray();
    const hide = screen.getByRole('button', { name: 'Hide models' });
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    await user.click(hide);
    const tray = screen.getByRole('complementary', { name: 'Operating models' });
    expect(tray.classList).toContain('is-collapsed');
    expect(screen.queryByRole('searchbox')).toBeNull();
    const show = screen.getByRole('button', { name: 'Show models' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await user.click(show);
    expect(screen.getByRole('searchbox', { name: 'Search models' })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Operating models' }).classList).not.toContain(
      'is-collapsed',
    );
  });
});
