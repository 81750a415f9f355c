// Records rebuilt field by field. Zod-free, so code that only writes snapshots (the automatic
// backup in the renderer) does not load the schema library at start.
import type { Placement, Workshop } from '../domain/workshop';
import { SNAPSHOT_FORMAT, SNAPSHOT_SCHEMA_VERSION, type Snapshot } from './snapshotFormat';

/**
 * Fresh records with exactly the known fields, in a fixed key order: nothing of the input
 * objects (extra keys, prototypes) survives.
 */
export function copySnapshot(snapshot: Snapshot): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    createdAt: snapshot.createdAt,
    workshops: snapshot.workshops.map(copyWorkshop),
    placements: snapshot.placements.map(copyPlacement),
  };
}

function copyWorkshop(w: Workshop): Workshop {
  return {
    id: w.id,
    title: w.title,
    organisation: w.organisation,
    date: w.date,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
  };
}

function copyPlacement(p: Placement): Placement {
  return {
    workshopId: p.workshopId,
    modelId: p.modelId,
    position: { x: p.position.x, y: p.position.y },
    updatedAt: p.updatedAt,
  };
}
