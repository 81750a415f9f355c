// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MODELS } from '../../../../../shared/catalogue';
import type { Position } from '../../../../../shared/domain/matrix';
import { ModelDetailsDialog } from '../../../../../renderer/src/features/catalogue/ModelDetailsDialog';
import { renderInEnglish } from './renderInEnglish';

// jsdom has no modal dialogs: stand-ins that only toggle `open`, which is what makes the
// dialog's contents visible (and so findable by role).
beforeAll(() => {
  if (!HTMLDialogElement.prototype.showModal) {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  }
  if (!HTMLDialogElement.prototype.close) {
    HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  }
});
afterEach(cleanup);

function model(id: string) {
  const found = MODELS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no model ${id}`);
  return found;
}

async function open(modelId: string, position: Position | null = null) {
  const onReturnToTray = vi.fn();
  const onClose = vi.fn();
  const view = await renderInEnglish(
    <ModelDetailsDialog
      modelId={modelId}
      position={position}
      onReturnToTray={onReturnToTray}
      onClose={onClose}
    />,
  );
  return { ...view, onReturnToTray, onClose };
}

const sectionHeadings = () =>
  screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('ModelDetailsDialog', () => {
  it('is a dialog named by the model title, with the title as its heading', async () => {
    const title = 'A responsibility label launched by the municipality';
    await open('climate-label');
    expect(screen.getByRole('dialog', { name: title })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: title })).toBeTruthy();
    expect(screen.getByText('Rewards and labels')).toBeTruthy();
  });

  it('shows why, how, examples and the risks to consider', async () => {
    const label = model('climate-label');
    await open('climate-label');

    expect(sectionHeadings()).toEqual(['Why', 'How', 'Examples', 'Risks to consider']);
    expect(screen.getByText(label.why?.en ?? '')).toBeTruthy();
    expect(screen.getByText(label.how[0]?.text.en ?? '')).toBeTruthy();

    const examples = screen.getByRole('heading', { name: 'Examples' }).nextElementSibling;
    expect(
      within(examples as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Seinäjoen Energia',
      'Municipality of Ii, the "Local" label (in Finnish)',
      'The Viksu Kuopio symbol (in Finnish)',
    ]);

    const risks = screen.getByRole('heading', { name: 'Risks to consider' }).closest('section');
    const riskItems = within(risks as HTMLElement).getAllByRole('listitem');
    expect(riskItems.map((item) => item.textContent)).toEqual(label.risks.map((risk) => risk.en));
    expect(riskItems).toHaveLength(3);
  });

  it('leaves out the "What" section when the full name would only repeat the title', async () => {
    const label = model('climate-label');
    expect(label.name.en).toBe(label.title.en);
    await open('climate-label');
    expect(screen.queryByRole('heading', { name: 'What' })).toBeNull();
  });

  it('shows the full name under "What" when the title shortens it', async () => {
    await open('land-use-and-planning');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Land use, planning, transport and energy' }),
    ).toBeTruthy();
    const what = screen.getByRole('heading', { level: 3, name: 'What' }).nextElementSibling;
    expect(what?.textContent).toBe(
      'Land use, planning, transport connections and energy solutions',
    );
  });

  it('indents sub-points as a list under the point they belong to', async () => {
    const sharing = model('sharing-company-climate-actions');
    const [point] = sharing.how;
    await open('sharing-company-climate-actions');

    const paragraph = screen.getByText(point?.text.en ?? '');
    expect(paragraph.tagName).toBe('P');
    const list = paragraph.nextElementSibling as HTMLElement;
    expect(list.tagName).toBe('UL');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(point?.subPoints?.map((sub) => sub.en));
    expect(items[0]?.textContent).toBe(
      "E.g. a series of articles, Responsible company stories, on the municipality's website",
    );
    // The list belongs to its point, not to the dialog: it sits in the same block as the paragraph.
    expect(list.parentElement).toBe(paragraph.parentElement);
    // No paragraph or item of the dialog is a dash line standing on its own.
    expect(screen.queryAllByText(/^\s*[-–]/)).toEqual([]);
  });

  it('leaves out sections the source leaves empty', async () => {
    // No examples and no risks for land use; no "why" for the signed commitment.
    await open('land-use-and-planning');
    expect(sectionHeadings()).toEqual(['What', 'Why', 'How']);
    cleanup();

    await open('signed-climate-commitment');
    expect(screen.queryByRole('heading', { name: 'Why' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Risks to consider' })).toBeTruthy();
  });

  it('says the model is not placed yet and offers no way back to the list', async () => {
    await open('climate-label', null);
    expect(screen.getByText('Not placed yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back to the list' })).toBeNull();
  });

  it('names the quadrant of a placed model and can send it back to the list', async () => {
    const user = userEvent.setup();
    const { onReturnToTray, onClose } = await open('climate-label', { x: 0.2, y: 0.8 });
    expect(screen.getByText('Placed in: Quick wins')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back to the list' }));
    expect(onReturnToTray).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('names the other quadrants too', async () => {
    await open('diploma', { x: 0.9, y: 0.1 });
    expect(screen.getByText('Placed in: Reconsider')).toBeTruthy();
  });

  it('starts on the Close button, which closes it', async () => {
    const user = userEvent.setup();
    const { onClose, onReturnToTray } = await open('climate-label', { x: 0.2, y: 0.8 });
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    await user.click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onReturnToTray).not.toHaveBeenCalled();
  });

  it('shows nothing for a model that is not in the catalogue', async () => {
    await open('no-such-model');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
