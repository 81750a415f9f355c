// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CardTitle } from '../../../../../renderer/src/features/board/CardTitle';
import { renderInEnglish } from '../catalogue/renderInEnglish';

afterEach(cleanup);

const TITLE = 'Communication about sustainability programmes';

describe('CardTitle', () => {
  it('shows the plain title until the patterns arrive, then one with soft hyphens', async () => {
    await renderInEnglish(
      <div role="button" tabIndex={0}>
        <CardTitle title={TITLE} />
      </div>,
    );
    const card = screen.getByRole('button', { name: TITLE });
    expect(card.textContent).toBe(TITLE);

    await waitFor(() => expect(card.querySelector('[aria-hidden="true"]')).not.toBeNull());
    const shown = card.querySelector('[aria-hidden="true"]')?.textContent ?? '';
    expect(shown).toContain('\u00AD');
    expect(shown.replaceAll('\u00AD', '')).toBe(TITLE);
  });

  it('keeps soft hyphens out of the accessible name', async () => {
    await renderInEnglish(
      <div role="button" tabIndex={0}>
        <CardTitle title={TITLE} />
      </div>,
    );
    const card = screen.getByRole('button', { name: TITLE });
    await waitFor(() => expect(card.querySelector('[aria-hidden="true"]')).not.toBeNull());
    expect(screen.getByRole('button', { name: TITLE })).toBe(card);
    expect(card.querySelector('.visually-hidden')?.textContent).toBe(TITLE);
  });

  it('renders a title with no long word as plain text', async () => {
    await renderInEnglish(
      <div role="button" tabIndex={0}>
        <CardTitle title="Open data" />
      </div>,
    );
    // Wait for the patterns through a title that does get hyphens.
    await renderInEnglish(<CardTitle title={TITLE} />);
    await waitFor(() => expect(document.querySelector('[aria-hidden="true"]')).not.toBeNull());
    const card = screen.getByRole('button', { name: 'Open data' });
    expect(card.innerHTML).toBe('Open data');
  });
});
