import type { Placement, Workshop } from '../../../../shared/domain/workshop';
import type { Snapshot } from '../../../../shared/io/snapshotFormat';

export const workshop = (id: string, extra: Partial<Workshop> = {}): Workshop => ({
  id,
  title: `Workshop ${id}`,
  organisation: 'Vanda stad',
  date: '2026-11-30',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
  ...extra,
});

export const placement = (workshopId: string, modelId: string, x = 0.25, y = 0.75): Placement => ({
  workshopId,
  modelId,
  position: { x, y },
  updatedAt: 1_700_000_200_000,
});

/** A valid snapshot with `count` workshops, each with two placements, in canonical order. */
export function snapshotOf(count: number, createdAt = '2026-11-30T12:00:00.000Z'): Snapshot {
  const workshops = Array.from({ length: count }, (_, i) => workshop(`w${i}`));
  return {
    format: 'klimatverkstad-backup',
    schemaVersion: 1,
    createdAt,
    workshops,
    placements: workshops.flatMap((w) => [
      placement(w.id, 'climate-label', 0.5, 0.125),
      placement(w.id, 'open-data', 0, 1),
    ]),
  };
}

/** The snapshot as plain JSON data, to be broken by a test. */
export const jsonOf = (snapshot: Snapshot): Record<string, unknown> =>
  JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;
