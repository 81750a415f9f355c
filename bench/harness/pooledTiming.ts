import { flushSync } from 'react-dom';
import { MODELS } from '@shared/catalogue';
import type { ChangesRepo } from '../../renderer/src/db/changesRepo';
import type { WorkshopDatabase } from '../../renderer/src/db/db';
import type { MountSample, VoteSample } from './pooledApi';
import { PARTICIPANTS, POOLED_WORKSHOP_ID, type SeedSummary } from './seedVoices';

/** Frames to wait for a view before giving up (10 s at 60 Hz). */
const MAX_FRAMES = 600;

type Painted = { at: number; settled: number; frames: number };

/**
 * The end of the first frame whose rendering showed a DOM for which `done` holds: `done` is
 * checked in each animation frame callback (what the DOM is when that frame is drawn), and the
 * time is taken in a task posted from there, which runs after the frame's style, layout and
 * paint on the main thread. `settled` is taken one task later, behind the work that frame
 * queued (React renders an update from a ResizeObserver, for instance, in a task of its own).
 */
export function paintedWhen(done: () => boolean): Promise<Painted> {
  return new Promise((resolve, reject) => {
    let frames = 0;
    const frame = () => {
      frames += 1;
      if (!done()) {
        if (frames > MAX_FRAMES) reject(new Error('the pooled view never showed the change'));
        else requestAnimationFrame(frame);
        return;
      }
      const channel = new MessageChannel();
      let at = 0;
      channel.port1.onmessage = () => {
        if (at > 0) {
          resolve({ at, settled: performance.now(), frames });
          return;
        }
        at = performance.now();
        channel.port2.postMessage(null);
      };
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  });
}

const count = (selector: string) => document.querySelectorAll(selector).length;

/** Dots drawn: one path holds every dot (one `M` each); a selected model's are elements. */
const dotCount = () =>
  (document.querySelector('.vote-dots-path')?.getAttribute('d')?.match(/M/g) ?? []).length +
  count('.vote-dot');

/**
 * The pooled view is complete: the discuss-next list, every median with its spread box and
 * drift arrow (the spreads wait for the layer's measured size), and the dots when shown.
 */
function complete(summary: SeedSummary, dots: boolean): boolean {
  return (
    count('.discuss-list > li') === summary.models &&
    count('.median-marker') > 0 &&
    count('.pooled-lines g.spread') === count('.median-marker') &&
    count('.pooled-lines line.drift') > 0 &&
    dotCount() === (dots ? summary.placed[2] : 0)
  );
}

/** Mounts PooledView through `show` and times it until it is drawn in full. */
export async function timeMount(
  show: (shown: boolean) => void,
  summary: SeedSummary,
  dots: boolean,
): Promise<MountSample> {
  const start = performance.now();
  flushSync(() => show(true));
  if (dots) {
    // The app's own control: PooledView keeps "show dots" in its state.
    const toggle = document.querySelector<HTMLInputElement>('.discuss-controls input');
    if (!toggle) throw new Error('no "show individual placements" box');
    toggle.click();
  }
  const syncMs = performance.now() - start;
  const { at, settled, frames } = await paintedWhen(() => complete(summary, dots));
  return { ms: at - start, syncMs, settledMs: settled - start, frames };
}

/** The discuss-next figures of a model (placed and "don't know" counts among them). */
function figuresOf(title: string): string | null {
  for (const item of document.querySelectorAll('.discuss-list > li')) {
    // A hyphenated title (CardTitle) carries its plain text in a visually hidden copy.
    const heading = item.querySelector('.discuss-title');
    const plain = heading?.querySelector('.card-title .visually-hidden')?.textContent;
    if (plain === title || heading?.textContent?.endsWith(` ${title}`)) {
      return item.querySelector('.discuss-figures')?.textContent ?? null;
    }
  }
  return null;
}

/**
 * One vote changed as the app changes votes (`changesRepo.record`, whose transaction reads the
 * stored value), timed until the pooled view's count for that model shows it. Each sample takes
 * another participant and model; "don't know" becomes a position and back, so the model's
 * placed count always changes.
 */
export async function timeVote(
  db: WorkshopDatabase,
  changes: ChangesRepo,
  titleOf: (modelId: string) => string,
  sample: number,
): Promise<VoteSample> {
  const model = MODELS[(sample * 7) % MODELS.length];
  if (!model) throw new Error('no model');
  const participantId = `p${String(1 + ((sample * 13) % PARTICIPANTS)).padStart(2, '0')}`;
  const title = titleOf(model.id);
  const before = figuresOf(title);
  if (before === null) throw new Error(`${title} is not in the discuss-next list`);
  const key = { workshopId: POOLED_WORKSHOP_ID, round: 2, participantId, modelId: model.id };

  const start = performance.now();
  const written = changes
    .record(async () => {
      const row = await db.votes.get([key.workshopId, key.round, participantId, model.id]);
      const to = row?.value === 'skip' ? { x: 0.5, y: 0.5 } : 'skip';
      return { kind: 'vote.set', ...key, from: null, to };
    })
    .then(() => performance.now() - start);
  const { at, frames } = await paintedWhen(() => figuresOf(title) !== before);
  return { ms: at - start, durableMs: await written, frames };
}
