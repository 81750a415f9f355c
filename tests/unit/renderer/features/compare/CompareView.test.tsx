// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Participant } from '../../../../../shared/domain/participant';
import type { Vote } from '../../../../../shared/domain/vote';
import type { Workshop } from '../../../../../shared/domain/workshop';
import { CompareView } from '../../../../../renderer/src/features/compare/CompareView';
import { renderInEnglish } from '../catalogue/renderInEnglish';
import { PARTICIPANTS, VOTES, participant, vote, workshop } from './compareFixture';

afterEach(cleanup);

type Options = { ws?: Workshop; round?: number; participants?: Participant[]; votes?: Vote[] };

async function show(options: Options = {}) {
  await renderInEnglish(
    <CompareView
      workshop={options.ws ?? workshop()}
      round={options.round ?? 1}
      participants={options.participants ?? PARTICIPANTS}
      votes={options.votes ?? VOTES}
    />,
  );
  return userEvent.setup();
}

/** The table's body as the user reads it: number, model, A, B, difference, counts. */
function tableRows() {
  const table = screen.getByRole('table', { name: /Largest differences/ });
  return [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => {
      const visible = cell.querySelector('[aria-hidden="true"]');
      // Titles carry soft hyphens (U+00AD) where they may break; they show only at a break.
      return (visible ?? cell).textContent?.replace(/\u00AD/g, '').trim();
    }),
  );
}

const groupSelect = (side: 'A' | 'B') =>
  screen.getByRole('combobox', { name: new RegExp(`^Group ${side}`) });

describe('CompareView', () => {
  it('compares the first two groups with placements, widest difference first', async () => {
    await show();
    expect(groupSelect('A')).toHaveProperty('value', 'companies');
    // "Others" comes before the council but only answered "don't know".
    expect(groupSelect('B')).toHaveProperty('value', 'council');
    expect(tableRows()).toEqual([
      [
        '1',
        'Communication on municipal climate issues and material',
        '20 %, 20 %',
        '90 %, 90 %',
        '99 points',
        '1 / 1',
      ],
      [
        '2',
        'Open data related to low-carbon development',
        '20 %, 80 %',
        '60 %, 40 %',
        '57 points',
        '2 / 1',
      ],
      ['3', "Supporting companies' networking", '60 %, 50 %', '50 %, 60 %', '14 points', '2 / 1'],
      ['4', 'Joint development projects', '40 %, 40 %', '40 %, 50 %', '10 points', '1 / 1'],
    ]);
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent?.trim());
    expect(headers).toContain('Companies: median');
    expect(headers).toContain('Council members: median');
  });

  it("counts a removed participant's kept votes in their group", async () => {
    await show();
    // Joint development projects: only c2 (removed) placed it for the companies.
    expect(tableRows()[3]?.slice(1, 3)).toEqual(['Joint development projects', '40 %, 40 %']);
    expect(screen.getByText('(2 participants)')).toBeTruthy();
    expect(screen.getByText('(1 participant)')).toBeTruthy();
  });

  it('draws each pair where its medians are, A as circles and B as squares', async () => {
    await show();
    const circles = document.querySelectorAll<HTMLElement>('.compare-marker.is-a');
    const squares = document.querySelectorAll<HTMLElement>('.compare-marker.is-b');
    expect(circles).toHaveLength(4);
    expect(squares).toHaveLength(4);
    // Row 2, open data: companies (.2, .8), council (.6, .4); top is measured from high impact.
    const place = (el: HTMLElement | undefined) =>
      [el?.style.left, el?.style.top].map((v) => parseFloat(v ?? ''));
    const [ax, ay] = place(circles[1]);
    const [bx, by] = place(squares[1]);
    expect(ax).toBeCloseTo(20);
    expect(ay).toBeCloseTo(20);
    expect(bx).toBeCloseTo(60);
    expect(by).toBeCloseTo(60);
    const matrix = screen.getByRole('group', {
      name: 'Medians: Companies (circles) and Council members (squares)',
    });
    const numbers = [...matrix.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(numbers[1]).toBe('No. 2: Open data related to low-carbon development');
  });

  it('updates the table when another group is chosen', async () => {
    const user = await show();
    await user.selectOptions(groupSelect('B'), 'officials');
    expect(tableRows()).toEqual([
      ['1', "Supporting companies' networking", '60 %, 50 %', '90 %, 10 %', '50 points', '2 / 1'],
      [
        '2',
        'Open data related to low-carbon development',
        '20 %, 80 %',
        '20 %, 80 %',
        '0 points',
        '2 / 1',
      ],
    ]);
    await user.selectOptions(groupSelect('A'), 'council');
    // Council (.5, .6) against officials (.9, .1): √(.4² + .5²) = .640.
    expect(tableRows().map((row) => [row[1], row[4]])).toEqual([
      ["Supporting companies' networking", '64 points'],
      ['Open data related to low-carbon development', '57 points'],
    ]);
  });

  it('says so and shows nothing when A and B are the same group', async () => {
    const user = await show();
    await user.selectOptions(groupSelect('B'), 'companies');
    expect(screen.getByText(/Group A and group B are the same group/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('group', { name: /Medians/ })).toBeNull();
    await user.selectOptions(groupSelect('B'), 'council');
    expect(screen.queryByText(/the same group/)).toBeNull();
    expect(tableRows()).toHaveLength(4);
  });

  it('explains when no model was placed by both groups', async () => {
    const user = await show();
    await user.selectOptions(groupSelect('B'), 'other');
    expect(
      screen.getByText('No model was placed by both Companies and Others in round 1.'),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getAllByRole('option', { name: 'Others (no placements)' })).toHaveLength(2);
  });

  it('explains when fewer than two groups placed anything in the round', async () => {
    const votes = VOTES.filter((v) => v.participantId.startsWith('c'));
    await show({ votes });
    expect(screen.getByText(/at least two groups in round 1/)).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('uses only the chosen round', async () => {
    await show({ round: 2 });
    expect(tableRows()).toEqual([
      [
        '1',
        'Open data related to low-carbon development',
        '100 %, 100 %',
        '0 %, 0 %',
        '141 points',
        '1 / 1',
      ],
    ]);
  });

  it('shows group names from users as text, however long or odd', async () => {
    const long = 'Kommunfullmäktige'.repeat(12).slice(0, 200);
    const ws = workshop([
      { id: 'g1', name: '<b>Företag</b>' },
      { id: 'g2', name: long },
    ]);
    await show({
      ws,
      participants: [participant('p1', 'g1'), participant('p2', 'g2')],
      votes: [
        vote('p1', 'open-data', { x: 0.5, y: 0.5 }),
        vote('p2', 'open-data', { x: 0.5, y: 0.5 }),
      ],
    });
    expect(long).toHaveLength(200);
    expect(document.querySelector('b')).toBeNull();
    const legend = screen.getByRole('list', { name: 'Legend' });
    const names = [...legend.querySelectorAll('.compare-name')].map((el) => el.textContent);
    expect(names).toEqual(['<b>Företag</b>', long]);
    expect(screen.getByRole('columnheader', { name: '<b>Företag</b>: median' })).toBeTruthy();
    expect(screen.getAllByRole('option', { name: long })).toHaveLength(2);
  });
});
