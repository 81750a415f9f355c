// First: react-dom looks for the render counter's hook once, when it loads.
import './installCounter';
import i18next from 'i18next';
import { Profiler, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { getModel } from '@shared/catalogue';
import { MESSAGES } from '@shared/i18n';
import { createChangesRepo, type ChangesRepo } from '../../renderer/src/db/changesRepo';
import { createPlacementsRepo } from '../../renderer/src/db/placementsRepo';
import { bareWrites } from './bareWrites';
import type { BenchApi, BenchWindow } from './benchApi';
import { BenchBoard } from './BenchBoard';
import { watchLongFrames } from './longFrames';
import { recorder } from './recorder';
import { BENCH_WORKSHOP_ID, benchModelId, benchTitle, seedApp, seedBench } from './seed';
import '../../renderer/src/ui/base.css';
import '../../renderer/src/features/board/board.css';
import '../../renderer/src/features/catalogue/tray.css';

// From the start: the observer's buffer then holds the long frames of the first render too.
const longFrames = watchLongFrames();
const pointerUps: number[] = [];
const durableWrites: number[] = [];
window.addEventListener('pointerup', (event) => pointerUps.push(event.timeStamp), {
  capture: true,
});

/** The app's change writer, noting when each write's transaction has completed (durable). */
function timed(repo: ChangesRepo): ChangesRepo {
  // Every board write is a recorded change; stamp when its transaction has committed.
  return {
    ...repo,
    async record(...args) {
      const change = await repo.record(...args);
      durableWrites.push(performance.now());
      return change;
    },
  };
}

const titles = new Map<string, string>();
const titleOf = (modelId: string) => {
  const model = getModel(modelId);
  return titles.get(modelId) ?? model?.title.en ?? modelId;
};

async function start() {
  const params = new URLSearchParams(location.search);
  const count = Number(params.get('cards') ?? 0);
  const api: BenchApi = {
    cardCount: count,
    startRecording: recorder.start,
    stopRecording: recorder.stop,
    pointerUps,
    durableWrites,
    bareWrites,
    longFrames,
    seedApp,
  };
  (window as unknown as BenchWindow).bench = api;
  if (count === 0) return;

  for (let index = 0; index < count; index++) titles.set(benchModelId(index), benchTitle(index));
  const db = await seedBench('klimatverkstad-bench', count);
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'sv',
    resources: { sv: { translation: MESSAGES.sv }, en: { translation: MESSAGES.en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <Profiler id="board" onRender={(_id, _phase, actualMs) => recorder.reactTime(actualMs)}>
        <BenchBoard
          repo={createPlacementsRepo(db)}
          changes={timed(createChangesRepo(db))}
          workshopId={BENCH_WORKSHOP_ID}
          titleOf={titleOf}
        />
      </Profiler>
    </StrictMode>,
  );
}

void start();
