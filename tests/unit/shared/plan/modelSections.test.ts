import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, MODELS, type Locale } from '../../../../shared/catalogue';
import { buildPlanPdf } from '../../../../shared/plan/buildPlanPdf';
import { planInput } from '../../../../shared/plan/planInput';
import { PLAN_LABELS } from '../../../../shared/i18n/plan';
import type { PlanInput, PlanItem } from '../../../../shared/plan/types';
import { loadFonts, NOW, readPdf, swedishPlan, type ReadPdf, type TextItem } from './fixtures';

const workshop = { title: 'Klimatverkstad Växjö 2026', organisation: 'Växjö', date: '2026-11-30' };

/** Every catalogue model placed, spread over the matrix so that each quadrant has some. */
const placements = MODELS.map((model, index) => ({
  modelId: model.id,
  position: { x: (index % 5) / 4, y: Math.floor(index / 5) / 4 },
}));

const catalogueInput = (locale: Locale) =>
  planInput(workshop, placements, MODELS, CATEGORIES, locale);

async function render(plan: PlanInput): Promise<ReadPdf> {
  return readPdf(await buildPlanPdf(plan, loadFonts(), { now: NOW }));
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const allText = (pdf: ReadPdf) => collapse(pdf.pages.map((page) => page.text).join(' '));
const x = (item: TextItem) => item.transform[4] ?? 0;
const y = (item: TextItem) => item.transform[5] ?? 0;

type Line = { item: TextItem; page: number };

/** The pages of the model sections: from the one with their heading on. */
function modelPages(pdf: ReadPdf, locale: Locale): ReadPdf['pages'] {
  const heading = PLAN_LABELS[locale].modelsHeading;
  const first = pdf.pages.findIndex((page) => page.items.some((item) => item.str === heading));
  return first < 0 ? [] : pdf.pages.slice(first);
}

/** What pdf.js reads before a line's text when a marker sits on its baseline ("– T.ex. …"). */
const NO_MARKER = /^/;
const RANK = /^\d+\. /;
const BULLET = /^• /;
const DASH = /^– /;

/** The line of the model sections whose text starts with `start`, after `marker`. */
function line(pdf: ReadPdf, locale: Locale, start: string, marker = NO_MARKER): Line {
  const pages = modelPages(pdf, locale);
  for (const [page, { items }] of pages.entries()) {
    const item = items.find(
      (candidate) =>
        marker.test(candidate.str) && candidate.str.replace(marker, '').startsWith(start),
    );
    if (item) return { item, page };
  }
  throw new Error(`no line starts with "${start}" after ${String(marker)}`);
}

/** The line drawn right below `above` on its page: the next line of the same paragraph. */
function nextLine(pdf: ReadPdf, locale: Locale, above: Line): TextItem {
  const items = modelPages(pdf, locale)[above.page]?.items ?? [];
  const below = items
    .filter((item) => item.str.trim() !== '' && y(item) < y(above.item) - 1)
    .sort((a, b) => y(b) - y(a))[0];
  if (!below) throw new Error(`nothing below "${above.item.str}"`);
  return below;
}

/** Whether `a` comes before `b` in reading order. */
const before = (a: Line, b: Line) =>
  a.page < b.page || (a.page === b.page && y(a.item) > y(b.item));

/** The first few words of a text: enough to find its first line, short enough to fit on it. */
const opening = (text: string) => text.split(' ').slice(0, 4).join(' ');

let swedish: PlanInput;
let english: PlanInput;
let swedishPdf: ReadPdf;
let englishPdf: ReadPdf;

beforeAll(async () => {
  swedish = catalogueInput('sv');
  english = catalogueInput('en');
  swedishPdf = await render(swedish);
  englishPdf = await render(english);
});

describe('the full name under each model heading', () => {
  it('follows the title, before the category, for every model in both languages', () => {
    for (const [plan, pdf] of [
      [swedish, swedishPdf],
      [english, englishPdf],
    ] as const) {
      expect(plan.items).toHaveLength(25);
      const text = allText(pdf);
      for (const item of plan.items) {
        const name = item.name ?? '';
        expect(name, item.modelId).not.toBe('');
        // Where the title is the whole name, the heading already says it: it is not repeated.
        const heading =
          name === item.title
            ? `${item.title} ${item.category}`
            : `${item.title} ${name} ${item.category}`;
        expect(text, `${plan.locale} ${item.modelId}`).toContain(collapse(heading));
      }
    }
  });

  it('prints the names the card titles shorten, in full', () => {
    const text = allText(swedishPdf);
    expect(text).toContain(
      'Markanvändning, planläggning, transport och energi Markanvändning, planläggning, transportförbindelser och energilösningar',
    );
    expect(text).toContain(
      'Finansiering för idéer som stödjer den kommunala strategin Bevilja finansiering för idéer som stödjer den kommunala strategin',
    );
    expect(allText(englishPdf)).toContain(
      "Communication on municipal climate issues and material Communication aimed at companies about the municipality's climate issues and opportunities",
    );
  });

  it('starts on the line right under the title, where the text under the title starts', () => {
    const title = line(englishPdf, 'en', 'Land use, planning, transport and energy', RANK);
    const name = nextLine(englishPdf, 'en', title);
    expect(name.str).toBe('Land use, planning, transport connections and energy solutions');
    const category = nextLine(englishPdf, 'en', { item: name, page: title.page });
    expect(category.str).toBe("The municipality's core work");
    expect(x(name)).toBeCloseTo(x(category), 1);
    expect(y(title.item) - y(name)).toBeLessThan(20);
  });
});

describe('sub-points in the plan', () => {
  it("stand indented under their point, each with a dash of its own, never as '• –'", () => {
    const model = MODELS.find((candidate) => candidate.id === 'sharing-company-climate-actions');
    const point = model?.how[0];
    const subPoints = point?.subPoints ?? [];
    expect(subPoints).toHaveLength(3);
    // One point: a paragraph without a bullet, so its first line starts at the text's left edge.
    const pointLine = line(swedishPdf, 'sv', opening(point?.text.sv ?? ''));
    let previous = pointLine;
    for (const subPoint of subPoints) {
      const subLine = line(swedishPdf, 'sv', opening(subPoint.sv), DASH);
      expect(before(previous, subLine), subPoint.sv).toBe(true);
      // The dash hangs in the indent: right of the point's text edge, left of the sub-point's.
      expect(x(subLine.item), subPoint.sv).toBeGreaterThan(x(pointLine.item));
      expect(x(subLine.item), subPoint.sv).toBeLessThan(x(pointLine.item) + 12);
      previous = subLine;
    }
    // The second sub-point runs onto a second line, which starts one step right of the point.
    const second = line(swedishPdf, 'sv', opening(subPoints[1]?.sv ?? ''), DASH);
    const wrapped = nextLine(swedishPdf, 'sv', second);
    expect(subPoints[1]?.sv.endsWith(wrapped.str)).toBe(true);
    expect(x(wrapped) - x(pointLine.item)).toBeCloseTo(12, 1);
    // Nothing in the plan reads "• –" any more.
    expect(allText(swedishPdf)).not.toMatch(/•\s*[-–]/);
    expect(allText(englishPdf)).not.toMatch(/•\s*[-–]/);
  });

  it('sit one step right of a bulleted point, between it and the next point', async () => {
    const long =
      'Underpunkt ett, som är så lång att den inte ryms på en rad i planen utan bryts över två rader och fortsätter på nästa';
    const item: PlanItem = {
      modelId: 'bulleted',
      title: 'Modell med punkter',
      category: 'Kommunikation',
      how: [
        {
          text: 'Första punkten, med en text som är så lång att den inte ryms på en rad i planen utan bryts över två rader',
          subPoints: [long],
        },
        { text: 'Andra punkten.' },
      ],
      risks: [],
      position: { x: 0.1, y: 0.9 },
    };
    const pdf = await render(swedishPlan({ items: [item] }));
    const first = line(pdf, 'sv', 'Första punkten', BULLET);
    const firstWrapped = nextLine(pdf, 'sv', first);
    const sub = line(pdf, 'sv', 'Underpunkt ett', DASH);
    const subWrapped = nextLine(pdf, 'sv', sub);
    const second = line(pdf, 'sv', 'Andra punkten', BULLET);
    expect(before(first, sub) && before(sub, second)).toBe(true);
    expect(long.endsWith(subWrapped.str), subWrapped.str).toBe(true);
    // Text edges: the point's second line, and the sub-point's second line one step right.
    expect(x(subWrapped) - x(firstWrapped)).toBeCloseTo(12, 1);
    expect(x(sub.item)).toBeGreaterThan(x(first.item));
    expect(x(second.item)).toBeCloseTo(x(first.item), 1);
  });
});
