import { MODELS } from '@shared/catalogue';
import { defaultSetup, type Placement } from '@shared/domain/workshop';
import { WorkshopDatabase } from '../../renderer/src/db/db';
import { createPlacementsRepo } from '../../renderer/src/db/placementsRepo';
import { createWorkshopsRepo } from '../../renderer/src/db/workshopsRepo';

export const BENCH_WORKSHOP_ID = 'bench';

/** Real titles (so cards wrap and clamp as in a workshop), numbered to keep them apart. */
export const benchTitle = (index: number) =>
  `${MODELS[index % MODELS.length]?.title.en ?? 'Model'} #${index}`;
export const benchModelId = (index: number) => `bench-${String(index).padStart(3, '0')}`;

/** The same spread on every run: a low-discrepancy sequence, kept off the matrix's edges. */
function spread(index: number) {
  const frac = (value: number) => value - Math.floor(value);
  return {
    x: 0.04 + 0.92 * frac(0.1 + index * 0.7548776662),
    y: 0.04 + 0.92 * frac(0.3 + index * 0.569840291),
  };
}

/** A fresh bench database holding one workshop with `count` synthetic cards on its matrix. */
export async function seedBench(name: string, count: number): Promise<WorkshopDatabase> {
  await new WorkshopDatabase(name).delete();
  const db = new WorkshopDatabase(name);
  await db.workshops.put({
    id: BENCH_WORKSHOP_ID,
    title: 'Bench',
    organisation: 'Bench',
    date: '2026-01-01',
    setup: defaultSetup(),
    createdAt: 0,
    updatedAt: 0,
  });
  // One transaction: hundreds of strict writes would take seconds and measure nothing.
  const rows: Placement[] = Array.from({ length: count }, (_, index) => ({
    workshopId: BENCH_WORKSHOP_ID,
    modelId: benchModelId(index),
    position: spread(index),
    updatedAt: 0,
  }));
  await db.placements.bulkPut(rows);
  return db;
}

/** Catalogue models the cold-start workshop has on its matrix; the rest wait in the tray. */
export const COLD_START_PLACED = 13;

/** A workshop midway through, in the app's own database (for the cold start). */
export async function seedApp(): Promise<string> {
  const db = new WorkshopDatabase();
  const workshop = await createWorkshopsRepo(db).create({
    title: 'Cold start',
    organisation: 'Bench',
    date: '2026-01-01',
  });
  const placements = createPlacementsRepo(db);
  for (const [index, model] of MODELS.slice(0, COLD_START_PLACED).entries()) {
    await placements.place(workshop.id, model.id, spread(index));
  }
  db.close();
  return workshop.id;
}
