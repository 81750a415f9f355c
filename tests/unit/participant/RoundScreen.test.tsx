// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getModel } from '@shared/catalogue';
import type { ParticipantView } from '@shared/protocol/serverMessages';
import { RoundScreen } from '../../../renderer/participant/src/components/RoundScreen';
import { JoinForm } from '../../../renderer/participant/src/components/JoinForm';
import { LocaleContext } from '../../../renderer/participant/src/i18n/text';
import { INITIAL_STATE, type PageState } from '../../../renderer/participant/src/state/pageState';

afterEach(cleanup);

const A = 'land-use-and-planning';
const B = 'regulatory-and-permit-work';
const title = (id: string) => getModel(id)?.title.en ?? id;

function stateWith(view: Partial<ParticipantView>): PageState {
  return {
    ...INITIAL_STATE,
    connection: 'connected',
    seat: 1,
    view: {
      hostPresent: true,
      round: { number: 2, status: 'open' },
      models: [A, B],
      answers: [],
      unsaved: [],
      ready: false,
      pooled: null,
      ...view,
    },
  };
}

function renderRound(state: PageState) {
  const send = vi.fn();
  render(
    <LocaleContext.Provider value="en">
      <RoundScreen state={state} send={send} />
    </LocaleContext.Provider>,
  );
  return send;
}

describe('the participant round screen', () => {
  it('places a model by choosing it, then a quadrant, without dragging', () => {
    const send = renderRound(stateWith({}));
    fireEvent.click(screen.getByRole('button', { name: `Select ${title(A)}` }));
    expect(screen.getByText(`${title(A)} is selected. Tap a spot on the matrix.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Place here: Strategic bets' }));
    expect(send).toHaveBeenCalledWith({
      type: 'place',
      round: 2,
      modelId: A,
      position: { x: 0.75, y: 0.75 },
    });
  });

  it('moves a placed model, takes it back, and marks another as not known', () => {
    const send = renderRound(stateWith({ answers: [{ modelId: A, value: { x: 0.1, y: 0.2 } }] }));
    const matrix = screen.getByRole('group', { name: 'Matrix: resources and climate impact' });
    fireEvent.click(within(matrix).getByRole('button', { name: title(A) }));
    fireEvent.click(screen.getByRole('button', { name: 'Place here: Reconsider' }));
    expect(send).toHaveBeenLastCalledWith({
      type: 'move',
      round: 2,
      modelId: A,
      position: { x: 0.75, y: 0.25 },
    });
    fireEvent.click(screen.getByRole('button', { name: `Remove ${title(A)} from the matrix` }));
    expect(send).toHaveBeenLastCalledWith({ type: 'remove', round: 2, modelId: A });
    fireEvent.click(screen.getByRole('button', { name: `Don’t know: ${title(B)}` }));
    expect(send).toHaveBeenLastCalledWith({ type: 'skip', round: 2, modelId: B });
  });

  it('marks answers that have not reached the facilitator yet', () => {
    renderRound(stateWith({ answers: [{ modelId: A, value: { x: 0.5, y: 0.5 } }], unsaved: [A] }));
    expect(screen.getByRole('button', { name: `${title(A)} (not saved yet)` })).toBeTruthy();
  });

  it('says the round is locked and offers no way to change it', () => {
    const send = renderRound(
      stateWith({
        round: { number: 2, status: 'locked' },
        answers: [{ modelId: A, value: { x: 0.5, y: 0.5 } }],
      }),
    );
    expect(screen.getByText('The facilitator has locked the round.')).toBeTruthy();
    for (const button of screen.getAllByRole('button')) {
      expect(button).toHaveProperty('disabled', true);
    }
    fireEvent.click(screen.getByRole('button', { name: `Select ${title(B)}` }));
    expect(send).not.toHaveBeenCalled();
  });

  it('shows the pooled view once released, and only then', () => {
    renderRound(stateWith({ round: { number: 2, status: 'revealed' } }));
    expect(
      screen.getByText('The facilitator shows the group’s view when it is time.'),
    ).toBeTruthy();
    cleanup();
    renderRound(
      stateWith({
        round: { number: 2, status: 'revealed' },
        pooled: {
          round: 2,
          models: [
            {
              modelId: B,
              placed: 3,
              skipped: 1,
              median: { x: 0.8, y: 0.3 },
              x: { q1: 0.7, median: 0.8, q3: 0.9 },
              y: { q1: 0.2, median: 0.3, q3: 0.4 },
              agreement: 1,
              consensus: true,
            },
          ],
        },
      }),
    );
    const pooled = screen.getByRole('list', { name: 'The group’s view' });
    expect(pooled.textContent).toContain(title(B));
    expect(pooled.textContent).toContain('Reconsider');
    expect(pooled.textContent).toContain('3 placed, 1 don’t know');
    // The person's own matrix gives way to the group's.
    expect(
      screen.queryByRole('group', { name: 'Matrix: resources and climate impact' }),
    ).toBeNull();
  });
});

describe('the join form', () => {
  it('refuses a code that cannot be one and joins with a tidy one', () => {
    const onJoin = vi.fn();
    render(
      <LocaleContext.Provider value="sv">
        <JoinForm initialCode="" busy={false} options={null} onCode={vi.fn()} onJoin={onJoin} />
      </LocaleContext.Provider>,
    );
    const code = screen.getByRole('textbox', { name: 'Anslutningskod' });
    fireEvent.change(code, { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gå med' }));
    expect(onJoin).not.toHaveBeenCalled();
    expect(code.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(code, { target: { value: 'abc-234' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Ditt namn (valfritt)' }), {
      target: { value: 'Åsa' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gå med' }));
    expect(onJoin).toHaveBeenCalledWith('ABC234', 'Åsa', null);
  });

  it('asks what the workshop offers once the code is complete, then offers its groups', () => {
    const onJoin = vi.fn();
    const onCode = vi.fn();
    const options = {
      groups: [
        { id: 'council', name: '' },
        { id: 'g-7', name: 'Skolan' },
      ],
      names: true,
    };
    const { rerender } = render(
      <LocaleContext.Provider value="en">
        <JoinForm initialCode="" busy={false} options={null} onCode={onCode} onJoin={onJoin} />
      </LocaleContext.Provider>,
    );
    expect(screen.queryByRole('combobox', { name: 'Your group (optional)' })).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Join code' }), {
      target: { value: 'abc 234' },
    });
    expect(onCode).toHaveBeenCalledWith('ABC234');
    rerender(
      <LocaleContext.Provider value="en">
        <JoinForm initialCode="" busy={false} options={options} onCode={onCode} onJoin={onJoin} />
      </LocaleContext.Provider>,
    );
    const group = screen.getByRole('combobox', { name: 'Your group (optional)' });
    expect([...group.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'No group chosen',
      'Council members',
      'Skolan',
    ]);
    fireEvent.change(group, { target: { value: 'g-7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(onJoin).toHaveBeenCalledWith('ABC234', '', 'g-7');
  });

  it('asks no name in an anonymous workshop', () => {
    const onJoin = vi.fn();
    render(
      <LocaleContext.Provider value="en">
        <JoinForm
          initialCode="ABC234"
          busy={false}
          options={{ groups: [], names: false }}
          onCode={vi.fn()}
          onJoin={onJoin}
        />
      </LocaleContext.Provider>,
    );
    expect(screen.queryByRole('textbox', { name: 'Your name (optional)' })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(onJoin).toHaveBeenCalledWith('ABC234', '', null);
  });
});
