// @vitest-environment jsdom
import { DndContext } from '@dnd-kit/core';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATEGORIES, MODELS } from '../../../../../shared/catalogue';
import { CatalogueTray } from '../../../../../renderer/src/features/catalogue/CatalogueTray';
import { renderInEnglish } from './renderInEnglish';

afterEach(cleanup);

async function showTray({ placed = [] as string[], focusModelId = null as string | null } = {}) {
  const onShowDetails = vi.fn();
  await renderInEnglish(
    <DndContext>
      <CatalogueTray
        placedIds={new Set(placed)}
        focusModelId={focusModelId}
        onShowDetails={onShowDetails}
      />
    </DndContext>,
  );
  return { onShowDetails, user: userEvent.setup() };
}

/** The tray itself: DndContext adds a live region (role status) of its own outside it. */
const tray = () => within(screen.getByRole('complementary', { name: 'Operating models' }));
const trayMessage = () => tray().queryByRole('status')?.textContent;

const categoryHeadings = () =>
  screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

/** The titles of the cards in the tray, read from each card's details button. */
const cardTitles = (container: HTMLElement = document.body) =>
  within(container)
    .queryAllByRole('button', { name: /^Show details of / })
    .map((button) => button.getAttribute('aria-label')?.replace('Show details of ', ''));

const englishTitles = (ids: readonly string[]) =>
  MODELS.filter((model) => ids.includes(model.id)).map((model) => model.title.en);

describe('CatalogueTray', () => {
  it('lists every model under its category, in catalogue order', async () => {
    await showTray();
    expect(screen.getByRole('heading', { level: 2, name: 'Operating models' })).toBeTruthy();
    expect(categoryHeadings()).toEqual(CATEGORIES.map((category) => category.title.en));

    for (const category of CATEGORIES) {
      const list = screen.getByRole('list', { name: category.title.en });
      const inCategory = MODELS.filter((model) => model.category === category.id);
      expect(cardTitles(list)).toEqual(inCategory.map((model) => model.title.en));
    }
    expect(cardTitles()).toHaveLength(25);
  });

  it('shows each card as a movable model named by its title', async () => {
    await showTray();
    const card = screen.getByRole('button', { name: 'Awarding diplomas' });
    expect(card.getAttribute('aria-roledescription')).toBe('movable model');
  });

  it('hides models placed on the matrix, and a category once all of its models are placed', async () => {
    await showTray({ placed: ['climate-label', 'open-data'] });
    const rewards = screen.getByRole('list', { name: 'Rewards and labels' });
    expect(cardTitles(rewards)).toEqual(englishTitles(['diploma', 'annual-award']));
    expect(cardTitles()).not.toContain('Open data related to low-carbon development');
    expect(cardTitles()).toHaveLength(23);
    cleanup();

    await showTray({ placed: ['climate-label', 'diploma', 'annual-award'] });
    expect(categoryHeadings()).not.toContain('Rewards and labels');
    expect(screen.queryByRole('list', { name: 'Rewards and labels' })).toBeNull();
    expect(categoryHeadings()).toHaveLength(7);
  });

  it('filters by a search in English, ignoring case and diacritics', async () => {
    const { user } = await showTray();
    const search = screen.getByRole('searchbox', { name: 'Search models' });

    // "Järvenpää's Järkevä award" is an example of the annual award.
    await user.type(search, 'JARVENPAA');
    expect(cardTitles()).toEqual(englishTitles(['annual-award']));
    expect(categoryHeadings()).toEqual(['Rewards and labels']);

    await user.clear(search);
    await user.type(search, 'diplomas');
    expect(cardTitles()).toEqual(englishTitles(['diploma']));

    await user.clear(search);
    expect(cardTitles()).toHaveLength(25);
  });

  it('does not show a placed model even when it matches the search', async () => {
    const { user } = await showTray({ placed: ['diploma'] });
    await user.type(screen.getByRole('searchbox', { name: 'Search models' }), 'diplomas');
    expect(cardTitles()).toEqual([]);
    expect(trayMessage()).toBe('No models match the search.');
  });

  it('says so when nothing matches the search', async () => {
    const { user } = await showTray();
    // Swedish words are not searched while the UI is in English.
    await user.type(screen.getByRole('searchbox', { name: 'Search models' }), 'tilldelning');
    expect(cardTitles()).toEqual([]);
    expect(categoryHeadings()).toEqual([]);
    expect(trayMessage()).toBe('No models match the search.');
  });

  it('says every model is placed when the tray is empty and nothing is searched', async () => {
    const { user } = await showTray({ placed: MODELS.map((model) => model.id) });
    expect(trayMessage()).toBe('All models are placed on the matrix.');

    await user.type(screen.getByRole('searchbox', { name: 'Search models' }), '   ');
    expect(trayMessage()).toBe('All models are placed on the matrix.');
  });

  it('shows no message while there are cards to show', async () => {
    await showTray();
    expect(trayMessage()).toBeUndefined();
  });

  it('opens the details of the card whose details button is pressed', async () => {
    const { user, onShowDetails } = await showTray();
    await user.click(screen.getByRole('button', { name: 'Show details of Awarding diplomas' }));
    expect(onShowDetails).toHaveBeenCalledWith('diploma');
  });

  it('puts focus on the card it is asked to, e.g. one just returned to the list', async () => {
    await showTray({ focusModelId: 'diploma' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Awarding diplomas' }));
  });
});
