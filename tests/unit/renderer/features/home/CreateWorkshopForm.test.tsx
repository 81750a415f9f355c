// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../../renderer/src/db/db';
import { CreateWorkshopForm } from '../../../../../renderer/src/features/home/CreateWorkshopForm';
import { renderInEnglish } from '../catalogue/renderInEnglish';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

afterEach(async () => {
  cleanup();
  await db.workshops.clear();
});

async function renderForm() {
  const onCreated = vi.fn<(id: string) => void>();
  await renderInEnglish(<CreateWorkshopForm onCreated={onCreated} />);
  const title = screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' });
  const organisation = screen.getByRole<HTMLInputElement>('textbox', {
    name: 'Organisation or municipality',
  });
  return { onCreated, title, organisation, user: userEvent.setup() };
}

async function paste(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

const statusOf = (input: HTMLElement) => {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
};

describe('CreateWorkshopForm: long text', () => {
  it('counts what is typed against the limit', async () => {
    const { title, user } = await renderForm();
    expect(statusOf(title)).toBe('0 / 200');
    await user.type(title, 'Klimat 🌍');
    // The emoji counts as one character, as the limit counts it.
    expect(statusOf(title)).toBe('8 / 200');
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['', '']);
  });

  it('says so when a paste is cut, and stops saying it once the text is shorter', async () => {
    const { title, user } = await renderForm();
    await paste(user, title, 'W'.repeat(300));
    expect(title.value).toBe('W'.repeat(200));
    expect(screen.getByText('The title was cut to 200 characters.')).toBeTruthy();
    expect(statusOf(title)).toBe('200 / 200 | The title was cut to 200 characters.');
    await user.type(title, '{Backspace}');
    expect(screen.queryByText('The title was cut to 200 characters.')).toBeNull();
    expect(statusOf(title)).toBe('199 / 200');
  });

  it('keeps an emoji at the limit whole: no half emoji in the field', async () => {
    const { title, user } = await renderForm();
    await paste(user, title, `${'a'.repeat(199)}😀😀`);
    expect(title.value).toBe(`${'a'.repeat(199)}😀`);
    expect(title.value).not.toMatch(LONE_SURROGATE);
    expect(statusOf(title)).toContain('200 / 200');
    expect(screen.getByText('The title was cut to 200 characters.')).toBeTruthy();
  });

  it('tells screen readers how much is left only near the limit', async () => {
    const { title, user } = await renderForm();
    await paste(user, title, 'x'.repeat(150));
    expect(screen.queryByText(/characters? left/)).toBeNull();
    await paste(user, title, 'x'.repeat(35));
    const [titleStatus, organisationStatus] = screen.getAllByRole('status');
    expect(titleStatus?.textContent).toBe('15 characters left');
    expect(organisationStatus?.textContent).toBe('');
  });

  it('cuts and reports the organisation in the same way', async () => {
    const { organisation, user } = await renderForm();
    await paste(user, organisation, 'Å'.repeat(250));
    expect(organisation.value).toBe('Å'.repeat(200));
    expect(screen.getByText('The organisation was cut to 200 characters.')).toBeTruthy();
  });

  it('stores a hostile title cleaned, markup and right-to-left words kept as text', async () => {
    const { title, organisation, onCreated, user } = await renderForm();
    await paste(user, title, '  <b>Klimat</b>\u202E\u0000   שלום 🌍\uD83D ');
    await paste(user, organisation, 'Vanda\u2066 stad');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    const stored = await db.workshops.get(onCreated.mock.calls[0]![0]);
    expect(stored?.title).toBe('<b>Klimat</b> שלום 🌍');
    expect(stored?.organisation).toBe('Vanda stad');
  });

  it('refuses a title of only invisible characters and points the field at the error', async () => {
    const { title, onCreated, user } = await renderForm();
    await paste(user, title, ' \u202E\u2066 \u0007 ');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Give the workshop a title.',
    );
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toContain('create-error');
    expect(document.activeElement).toBe(title);
    expect(onCreated).not.toHaveBeenCalled();
  });
});
