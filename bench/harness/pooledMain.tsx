import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { getModel, localize } from '@shared/catalogue';
import { isLocale, MESSAGES } from '@shared/i18n';
import { changesRepo, type ChangesRepo } from '../../renderer/src/db/changesRepo';
import { db } from '../../renderer/src/db/db';
import { BenchPooled } from './BenchPooled';
import type { PooledBenchApi, PooledBenchWindow } from './pooledApi';
import { watchLongFrames } from './longFrames';
import { paintedWhen, timeMount, timeVote } from './pooledTiming';
import { POOLED_WORKSHOP_ID, seedVoices } from './seedVoices';
import '../../renderer/src/ui/base.css';
import '../../renderer/src/features/board/board.css';
import '../../renderer/src/features/catalogue/tray.css';
import '../../renderer/src/features/pooled/pooled.css';

/** The round shown: the revision round, so every median has a drift arrow from round 1. */
const SHOWN_ROUND = 2;

// From the start: the observer's buffer then holds the long frames of the seeding too.
const longFrames = watchLongFrames();
const durableWrites: number[] = [];

/** The app's change writer, noting when each write's transaction has completed (durable). */
const timed: ChangesRepo = {
  ...changesRepo,
  async record(...args) {
    const change = await changesRepo.record(...args);
    durableWrites.push(performance.now());
    return change;
  },
};

async function start() {
  // The app's own database: PooledView's hooks and repositories read that one.
  const summary = await seedVoices(db);
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'sv',
    resources: { sv: { translation: MESSAGES.sv }, en: { translation: MESSAGES.en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const locale = isLocale(i18next.language) ? i18next.language : 'sv';
  const titleOf = (modelId: string) => {
    const model = getModel(modelId);
    return model ? localize(model.title, locale) : modelId;
  };
  const element = document.getElementById('root');
  if (!element) throw new Error('pooled.html has no #root');
  const root = createRoot(element);
  const show = (shown: boolean) =>
    root.render(
      <StrictMode>
        <BenchPooled
          workshopId={POOLED_WORKSHOP_ID}
          round={SHOWN_ROUND}
          shown={shown}
          changes={timed}
        />
      </StrictMode>,
    );
  show(false);
  await paintedWhen(() => document.querySelector('[data-loaded]') !== null);

  const api: PooledBenchApi = {
    ready: true,
    summary,
    mount: (dots) => timeMount(show, summary, dots),
    async unmount() {
      show(false);
      await paintedWhen(() => document.querySelector('.discuss') === null);
    },
    voteUpdate: (sample) => timeVote(db, changesRepo, titleOf, sample),
    durableWrites,
    longFrames,
  };
  (window as unknown as PooledBenchWindow).pooledBench = api;
}

void start();
