// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareView } from '../../../../../renderer/src/features/compare/CompareView';
import { renderInEnglish } from '../catalogue/renderInEnglish';
import { PARTICIPANTS, VOTES, workshop } from './compareFixture';

afterEach(cleanup);

async function show() {
  await renderInEnglish(
    <CompareView workshop={workshop()} round={1} participants={PARTICIPANTS} votes={VOTES} />,
  );
  return userEvent.setup();
}

const OPEN_DATA = 'Open data related to low-carbon development';
const NETWORKING = "Supporting companies' networking";
const status = () => screen.getByRole('status');
const row = (title: string) => screen.getByRole('button', { name: title }).closest('tr');
const matrix = () =>
  screen.getByRole('group', { name: 'Medians: Companies (circles) and Council members (squares)' });
const pairButton = (number: number, title: string) =>
  within(matrix()).getByRole('button', { name: `No. ${number}: ${title}` });

describe('CompareView selection', () => {
  it("reads out a model's medians and distance when its row is chosen", async () => {
    const user = await show();
    expect(status().textContent).toBe('');
    await user.click(screen.getByRole('button', { name: OPEN_DATA }));
    expect(status().textContent).toBe(
      `${OPEN_DATA}: Companies 20 % resources, 80 % impact; Council members 60 %, 40 %; 57 points apart`,
    );
    expect(screen.getByRole('button', { name: OPEN_DATA }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // The same pair is emphasised on the matrix.
    expect(pairButton(2, OPEN_DATA).getAttribute('aria-pressed')).toBe('true');
    expect(pairButton(2, OPEN_DATA).className).toContain('is-highlighted');
    expect(row(OPEN_DATA)?.className).toContain('is-highlighted');
  });

  it('selects rows from the keyboard alone', async () => {
    const user = await show();
    // Tab order: the two selects, then the matrix's single tab stop (pair 1).
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(
      pairButton(1, 'Communication on municipal climate issues and material'),
    );
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(pairButton(2, OPEN_DATA));
    expect(status().textContent).toMatch(/^Open data .*57 points apart$/);
    expect(row(OPEN_DATA)?.className).toContain('is-highlighted');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(pairButton(4, 'Joint development projects'));
    expect(status().textContent).toMatch(
      /Companies 40 % resources, 40 % impact; .* 10 points apart$/,
    );
    await user.keyboard('{Home}{ArrowDown}');
    expect(document.activeElement).toBe(pairButton(2, OPEN_DATA));
    // The matrix is one tab stop: the next Tab leaves pairs 3 and 4 and reaches the table.
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('button', {
        name: 'Communication on municipal climate issues and material',
      }),
    );
    expect(status().textContent).toMatch(
      /^Communication on municipal climate issues and material: .* 99 points apart$/,
    );
  });

  it('links hover between the matrix and the table', async () => {
    const user = await show();
    await user.hover(pairButton(3, NETWORKING));
    expect(row(NETWORKING)?.className).toContain('is-highlighted');
    await user.unhover(pairButton(3, NETWORKING));
    expect(row(NETWORKING)?.className ?? '').not.toContain('is-highlighted');
    await user.hover(row(OPEN_DATA) as HTMLElement);
    expect(pairButton(2, OPEN_DATA).className).toContain('is-highlighted');
    // Hovering announces nothing: only a choice does.
    expect(status().textContent).toBe('');
  });

  it('forgets the choice when the groups change', async () => {
    const user = await show();
    await user.click(screen.getByRole('button', { name: OPEN_DATA }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Group B/ }), 'officials');
    expect(status().textContent).toBe('');
    expect(screen.getByRole('button', { name: OPEN_DATA }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    await user.click(screen.getByRole('button', { name: OPEN_DATA }));
    expect(status().textContent).toBe(
      `${OPEN_DATA}: Companies 20 % resources, 80 % impact; Officials 20 %, 80 %; 0 points apart`,
    );
  });
});
