import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Participant } from '@shared/domain/participant';
import type { Round } from '@shared/domain/round';
import type { Vote } from '@shared/domain/vote';
import { defaultSetup, type Placement, type Workshop } from '@shared/domain/workshop';

export type Setting = { key: string; value: unknown };

/** The newest schema this app knows. Raise it with every new `version(n)` below. */
export const SCHEMA_VERSION = 2;

/**
 * Thrown by every database operation when the database on disk was made by a newer version of
 * the app. Dexie would open it silently and let this app write old-shaped rows into it; instead
 * nothing is read or written until the app is updated.
 */
export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`The database has schema version ${found}; this app knows up to ${supported}.`);
    this.name = 'NewerDatabaseError';
  }
}

type VoteKey = [string, number, string, string];

/**
 * The app's IndexedDB database. Schema changes are new versions with a migration; never change
 * a primary key in place. `schemaVersion` lets tests open a database as an older app would.
 */
export class WorkshopDatabase extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  placements!: Table<Placement, [string, string]>;
  participants!: EntityTable<Participant, 'id'>;
  rounds!: Table<Round, [string, number]>;
  votes!: Table<Vote, VoteKey>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'klimatverkstad', schemaVersion = SCHEMA_VERSION) {
    // 'strict' durability: a write reported as saved is on disk, even if the app is killed
    // right after (Chrome defaults to 'relaxed').
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      workshops: 'id, createdAt, updatedAt',
      placements: '[workshopId+modelId], workshopId',
      settings: 'key',
    });
    if (schemaVersion >= 2) {
      // Many voices: participants, rounds and their votes. Additive; workshops gain a setup.
      this.version(2)
        .stores({
          participants: 'id, workshopId',
          rounds: '[workshopId+number], workshopId',
          votes: '[workshopId+round+participantId+modelId], [workshopId+round], workshopId',
        })
        .upgrade((tx) =>
          tx
            .table('workshops')
            .toCollection()
            .modify((workshop: Partial<Workshop>) => {
              workshop.setup ??= defaultSetup();
            }),
        );
    }
    this.on('ready', (opened) => {
      // Dexie ≥ 4 adapts to a newer installed version without a word; stop here instead.
      const found = (opened as Dexie).backendDB().version / 10;
      if (found > schemaVersion) throw new NewerDatabaseError(found, schemaVersion);
    });
  }
}

export const db = new WorkshopDatabase();
