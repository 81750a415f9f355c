import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Placement, Workshop } from '@shared/domain/workshop';

export type Setting = { key: string; value: unknown };

/**
 * The app's IndexedDB database. Schema changes are new versions with a migration; never change
 * a primary key in place.
 */
export class WorkshopDatabase extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  placements!: Table<Placement, [string, string]>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'klimatverkstad') {
    // 'strict' durability: a write reported as saved is on disk, even if the app is killed
    // right after (Chrome defaults to 'relaxed').
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      workshops: 'id, createdAt, updatedAt',
      placements: '[workshopId+modelId], workshopId',
      settings: 'key',
    });
  }
}

export const db = new WorkshopDatabase();
