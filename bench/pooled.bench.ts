import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildHarness } from './browser/build';
import { openBrowser, removeProfile, tempProfile } from './browser/chromium';
import { throttle } from './browser/cpu';
import { describeLongFrame } from './browser/frameWork';
import {
  dragAgreedCard,
  idle,
  mountPooled,
  openPooled,
  unmountPooled,
  voteUpdate,
} from './browser/pooledPage';
import { serve } from './browser/server';
import type { MountSample, VoteSample } from './harness/pooledApi';
import type { SeedSummary } from './harness/seedVoices';
import { recordFigures, type Figure } from './results';
import { median, p95, round } from './stats';

/** CPU speeds: normal, and slowed 4× by Chromium (a modest laptop on battery, roughly). */
const SPEEDS = [1, 4] as const;
/** Budgets: see bench/README.md. */
const RESPONSE_BUDGET_MS = 100;
const FRAME_WORK_BUDGET_MS = 50;
/** Mounts and vote changes timed per speed, after one that warms up (not counted). */
const MOUNTS = 12;
const VOTES = 24;
/** Drags per speed: the first warms up. */
const GESTURES = 4;
const STEPS = 60;
/** Idle time between samples, so one sample's garbage and timers do not land in the next. */
const GAP_MS = 150;

let server: Awaited<ReturnType<typeof serve>>;
let profile: string;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
const figures: Figure[] = [];

beforeAll(async () => {
  server = await serve({ '/production/': await buildHarness('production') });
  profile = await tempProfile();
  context = await openBrowser(profile);
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('pooled harness:', error.message));
  // One session for the whole run: the throttling lasts as long as the session that set it.
  cdp = await context.newCDPSession(page);
});

afterAll(async () => {
  const { product } = await cdp.send('Browser.getVersion');
  await context.close();
  await removeProfile(profile);
  await server.close();
  await recordFigures({
    group: 'pooled',
    figures,
    expected: 5 * SPEEDS.length, // mount median and p95, vote p95, drag work p95 and max
    environment: { Chromium: product.replace(/^\D*/, '') },
  });
});

const budget = (label: string, value: number) => ({ kind: 'budget' as const, label, value });
const ms = (values: readonly number[]) => values.map((value) => round(value, 1));

describe.each(SPEEDS)('pooled view, CPU rate %i', (rate) => {
  const speed = rate === 1 ? 'normal CPU' : `CPU slowed ${rate}×`;
  let summary: SeedSummary;
  let slowdown = 1;

  beforeAll(async () => {
    summary = await openPooled(page, cdp, `${server.url}/production/`);
    slowdown = await throttle(page, cdp, rate);
  });

  test('mount → first paint of the complete view, dots shown', async () => {
    const mounts = async (dots: boolean, count: number) => {
      const samples: MountSample[] = [];
      for (let i = 0; i < count; i++) {
        await idle(page, GAP_MS);
        samples.push(await mountPooled(page, dots));
        await unmountPooled(page);
      }
      return samples;
    };
    const [cold] = await mounts(true, 1);
    const samples = await mounts(true, MOUNTS);
    const withoutDots = await mounts(false, 5);
    const times = samples.map((s) => s.ms);
    const label = `Pooled view: mount → complete first paint, dots shown, ${speed}`;
    const against = budget('response budget', RESPONSE_BUDGET_MS);
    const details = {
      samples: ms(times),
      syncMs: ms(samples.map((s) => s.syncMs)),
      settledMs: ms(samples.map((s) => s.settledMs)),
      framesUntilComplete: samples.map((s) => s.frames),
      coldFirstMountMs: round(cold?.ms ?? NaN, 1),
      withoutDotsMedianMs: round(median(withoutDots.map((s) => s.ms)), 1),
      dots: summary.placed[2],
      cpuSlowdownMeasured: round(slowdown, 1),
    };
    figures.push(
      {
        id: `pooled-mount-median-cpu${rate}x`,
        label: `${label}, median`,
        value: round(median(times), 1),
        unit: 'ms',
        against,
        details,
      },
      {
        id: `pooled-mount-p95-cpu${rate}x`,
        label: `${label}, p95`,
        value: round(p95(times), 1),
        unit: 'ms',
        against,
      },
    );
    expect(samples).toHaveLength(MOUNTS);
    // The throttling really applied (and nothing slowed the normal run).
    expect(slowdown).toBeGreaterThan(rate === 1 ? 0.5 : rate / 2);
  });

  test('vote written → pooled view updated', async () => {
    await mountPooled(page, true);
    await voteUpdate(page, 0);
    const samples: VoteSample[] = [];
    for (let i = 1; i <= VOTES; i++) {
      await idle(page, GAP_MS);
      samples.push(await voteUpdate(page, i));
    }
    const times = samples.map((s) => s.ms);
    figures.push({
      id: `pooled-vote-p95-cpu${rate}x`,
      label: `Vote written → pooled view updated, p95, ${speed}`,
      value: round(p95(times), 1),
      unit: 'ms',
      against: budget('response budget', RESPONSE_BUDGET_MS),
      details: {
        samples: ms(times),
        medianMs: round(median(times), 1),
        writeDurableMs: ms(samples.map((s) => s.durableMs)),
        frames: samples.map((s) => s.frames),
      },
    });
    expect(samples.every((s) => s.ms >= s.durableMs)).toBe(true);
  });

  test('main-thread work per frame, dragging an agreed card', async () => {
    const runs = [];
    for (let i = 0; i < GESTURES; i++) runs.push(await dragAgreedCard(page, STEPS));
    const counted = runs.slice(1);
    const frames = counted.flatMap((run) => run.frames);
    const work = frames.map((frame) => frame.workMs);
    const over = work.filter((value) => value > FRAME_WORK_BUDGET_MS).length;
    const label = `Main-thread work per frame, dragging on the pooled view`;
    const against = budget('no frame over 50 ms', FRAME_WORK_BUDGET_MS);
    const details = {
      frames: frames.length,
      framesOver50Ms: over,
      frameSpanP95Ms: round(p95(frames.map((frame) => frame.spanMs)), 1),
      longestTaskMs: round(Math.max(...counted.map((run) => run.longestTaskMs)), 1),
      // Chromium's own account of the frames over 50 ms (Long Animation Frames).
      longAnimationFrames: counted.flatMap((run) => run.long).map(describeLongFrame),
    };
    figures.push(
      {
        id: `pooled-drag-work-p95-cpu${rate}x`,
        label: `${label}, p95, ${speed}`,
        value: round(p95(work), 1),
        unit: 'ms',
        against,
        details,
      },
      {
        id: `pooled-drag-work-max-cpu${rate}x`,
        label: `${label}, max, ${speed}`,
        value: round(Math.max(...work), 1),
        unit: 'ms',
        against,
        details: { framesOver50Ms: over },
      },
    );
    console.log(`pooled drag, ${speed}: ${frames.length} frames, ${over} with over 50 ms of work`);
    expect(frames.length).toBeGreaterThan(STEPS);
  });
});
