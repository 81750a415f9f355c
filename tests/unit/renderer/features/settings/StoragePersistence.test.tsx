// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { requestPersistence } from '../../../../../renderer/src/db/storagePersistence';
import { StoragePersistence } from '../../../../../renderer/src/features/settings/StoragePersistence';
import { renderInEnglish } from '../catalogue/renderInEnglish';

afterEach(cleanup);

/** A browser that answers whether it keeps the data. */
const storage = (kept: boolean) =>
  ({ persisted: async () => kept, persist: async () => kept }) as unknown as StorageManager;

describe('StoragePersistence', () => {
  it('in the browser: may clear the data not only when the disk is full; save a backup file', async () => {
    await requestPersistence(storage(false));
    await renderInEnglish(<StoragePersistence web />);
    const note = screen.getByText(/^The browser may clear the workshops:/);
    expect(note.textContent).toContain('when someone clears the browser’s data');
    expect(note.textContent).toMatch(/Save a backup file \(Backups\) after changes\.$/);
  });

  it('in the browser, even with persistent storage, the data can still be lost', async () => {
    await requestPersistence(storage(true));
    await renderInEnglish(<StoragePersistence web />);
    expect(screen.getByText(/They are still lost if someone clears/).textContent).toMatch(
      /after changes\.$/,
    );
  });

  it('on the desktop: only what the storage answered', async () => {
    await requestPersistence(storage(true));
    await renderInEnglish(<StoragePersistence web={false} />);
    expect(screen.getByText('Storage is persistent: the browser will not clear the workshops.'));
  });
});
