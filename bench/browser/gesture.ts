import type { Page } from '@playwright/test';

export type Point = { x: number; y: number };
export type Box = { x: number; y: number; width: number; height: number };

/** A point of the box by share of its width and height. */
export const at = (box: Box, x: number, y: number): Point => ({
  x: box.x + x * box.width,
  y: box.y + y * box.height,
});

/** `steps` points along the polyline from `from` through `waypoints`, evenly spaced. */
export function pathThrough(from: Point, waypoints: readonly Point[], steps: number): Point[] {
  const corners = [from, ...waypoints];
  const legs = corners.slice(1).map((to, i) => {
    const start = corners[i] ?? from;
    return { start, to, length: Math.hypot(to.x - start.x, to.y - start.y) };
  });
  const total = legs.reduce((sum, leg) => sum + leg.length, 0);
  return Array.from({ length: steps }, (_, i) => {
    let along = ((i + 1) / steps) * total;
    for (const leg of legs) {
      if (along <= leg.length || leg === legs.at(-1)) {
        const share = leg.length === 0 ? 1 : Math.min(1, along / leg.length);
        return {
          x: leg.start.x + (leg.to.x - leg.start.x) * share,
          y: leg.start.y + (leg.to.y - leg.start.y) * share,
        };
      }
      along -= leg.length;
    }
    return from;
  });
}

/** Where the matrix and the tray are on screen. */
export async function boardBoxes(page: Page): Promise<{ matrix: Box; tray: Box }> {
  const matrix = await page.getByRole('group', { name: /^Matrix/ }).boundingBox();
  const tray = await page.getByRole('complementary').boundingBox();
  if (!matrix || !tray) throw new Error('the board is not on screen');
  return { matrix, tray };
}

/**
 * The centre of the card painted on top (the last in document order), checked by hit testing:
 * with hundreds of cards most are partly covered. The mouse is parked off the board first so no
 * hovered card is lifted above the rest.
 */
export async function topCardCentre(page: Page): Promise<Point> {
  await page.mouse.move(2, 2);
  return page.evaluate(() => {
    const card = [...document.querySelectorAll('.placed-card')].at(-1);
    if (!card) throw new Error('no card on the matrix');
    const rect = card.getBoundingClientRect();
    const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    if (document.elementFromPoint(centre.x, centre.y)?.closest('.placed-card') !== card) {
      throw new Error('the top card is covered at its centre');
    }
    return centre;
  });
}

/** Presses on a card and moves past dnd-kit's activation distance; resolves once it is lifted. */
export async function lift(page: Page, point: Point): Promise<Point> {
  await page.mouse.move(point.x, point.y);
  await page.mouse.down();
  const moved = { x: point.x + 10, y: point.y + 10 };
  await page.mouse.move(moved.x, moved.y, { steps: 2 });
  await page.locator('[aria-pressed="true"]').waitFor();
  return moved;
}

/**
 * One mouse event per point. Playwright waits for Chromium to take each event, which here is
 * about one per frame: a hand on a mouse rather than a burst that Chromium would coalesce.
 */
export async function moveAlong(page: Page, points: readonly Point[]): Promise<void> {
  for (const point of points) await page.mouse.move(point.x, point.y);
}

/** Two animation frames: whatever a drop set off has been committed and painted. */
export const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
