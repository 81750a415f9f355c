import { useState } from 'react';
import { downloadFile } from '../../platform/download';
import type { NamedFile } from './resultsPack';

/**
 * What the latest file job did; words are chosen at render time, so they follow a language
 * switch. `job` names the button that started it.
 */
export type FileJob =
  | { kind: 'idle' }
  | { kind: 'busy'; job: string }
  | { kind: 'saved'; name: string }
  | { kind: 'failed'; message: string };

/**
 * Makes a file and hands it to the user: a download in the browser; in the desktop app the
 * same download opens the native save dialog. One job at a time.
 */
export function useFileJob(save: typeof downloadFile = downloadFile) {
  const [state, setState] = useState<FileJob>({ kind: 'idle' });
  async function run(job: string, make: () => NamedFile | Promise<NamedFile>) {
    setState({ kind: 'busy', job });
    try {
      const file = await make();
      save(file.name, file.bytes, file.type);
      setState({ kind: 'saved', name: file.name });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { state, busy: state.kind === 'busy', run };
}
