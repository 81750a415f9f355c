import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  describeLoadFailure,
  describeProblem,
} from '../../../../../renderer/src/features/backup/describeRestoreError';
import { loadSnapshotFile } from '../../../../../renderer/src/features/backup/loadSnapshot';
import { i18nextResources, LOCALES, type Locale } from '../../../../../shared/i18n';
import {
  SNAPSHOT_PROBLEM_KINDS,
  type SnapshotProblemKind,
} from '../../../../../shared/io/snapshotProblem';
import {
  item,
  placement,
  round,
  snapshotOf,
  textWith,
  vote,
  workshop,
  type Json,
} from '../../../shared/io/snapshotFixtures';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: i18nextResources(),
    interpolation: { escapeValue: false },
  });
});

// Two workshops, titled so a sentence can be checked for the right one.
const valid = snapshotOf(2);
valid.workshops[0] = { ...valid.workshops[0], title: 'Rådsmöte' } as (typeof valid.workshops)[0];
valid.workshops[1] = {
  ...valid.workshops[1],
  title: 'Näringslivsdag',
} as (typeof valid.workshops)[1];
const push = (data: Json, list: string, record: unknown) => (data[list] as unknown[]).push(record);
const manyUnknown = (d: Json) => {
  d.placements = Array.from({ length: 26 }, (_, i) => placement('w1', `gone-${i}`));
};

/** A broken file of every kind of refusal, and the problem it must be reported as. */
const CASES: ReadonlyArray<[SnapshotProblemKind, (d: Json) => void]> = [
  ['outside-matrix', (d) => (item(d, 'placements', 2).position = { x: 1.5, y: 0 })],
  ['vote-value', (d) => (item(d, 'votes').value = 'maybe')],
  ['placed-twice', (d) => push(d, 'placements', placement('w0', 'open-data'))],
  ['voted-twice', (d) => push(d, 'votes', vote('w0', 2, 'w0-anna', 'climate-label'))],
  ['round-twice', (d) => push(d, 'rounds', round('w0', 2))],
  ['duplicate-id', (d) => push(d, 'workshops', workshop('w0'))],
  ['unknown-workshop', (d) => (item(d, 'placements').workshopId = 'gone')],
  ['unknown-participant', (d) => (item(d, 'votes').participantId = 'nobody')],
  ['participant-elsewhere', (d) => (item(d, 'votes').participantId = 'w1-anna')],
  ['unknown-round', (d) => push(d, 'votes', vote('w0', 7, 'w0-anna', 'open-data'))],
  ['unknown-group', (d) => (item(d, 'participants').groupId = 'ghosts')],
  ['too-many-unknown-models', manyUnknown],
  ['too-many-records', (d) => (d.workshops = Array.from({ length: 10_001 }, () => ({})))],
  ['unknown-field', (d) => (item(d, 'workshops').notes = 'x')],
  ['missing-field', (d) => delete item(d, 'participants').name],
  ['too-long', (d) => (item(d, 'workshops', 1).title = 'x'.repeat(10_000))],
  ['bad-version', (d) => (d.schemaVersion = 1.5)],
  ['bad-value', (d) => (item(d, 'rounds').state = 'paused')],
];

/** The broken file of one problem kind. */
function changeOf(kind: SnapshotProblemKind): (d: Json) => void {
  const found = CASES.find(([k]) => k === kind);
  if (!found) throw new Error(`no case for ${kind}`);
  return found[1];
}

async function refusal(change: (d: Json) => void) {
  const text = textWith(valid, change);
  const result = await loadSnapshotFile(new Blob([text]));
  if (result.ok) throw new Error('the file was accepted');
  return result.failure;
}

describe('a refused file in plain words', () => {
  it('every problem kind has a case here', () => {
    expect(new Set(CASES.map(([kind]) => kind))).toEqual(new Set(SNAPSHOT_PROBLEM_KINDS));
  });

  /** How a refusal reads in each language: what is wrong, then what to do. */
  const REFUSAL: Record<Locale, RegExp> = {
    sv: /^Säkerhetskopian .*\. Välj en annan\.$/,
    fi: /^Varmuuskopio .*\. Valitse toinen\.$/,
    en: /^The backup .*\. Choose another one\.$/,
  };

  it.each(LOCALES)('each refusal is a plain sentence in %s, the code kept apart', async (lng) => {
    await i18n.changeLanguage(lng);
    const messages = new Set<string>();
    for (const [kind, change] of CASES) {
      const failure = await refusal(change);
      expect(failure).toMatchObject({ kind: 'parse', reason: 'invalid', problem: { kind } });
      const { message, detail } = describeLoadFailure(failure, i18n.t);
      // No path, no code, no key, no placeholder: only words.
      expect(message, kind).not.toMatch(
        /[[\]{}_]|\.[a-z]|restore\.|too_big|invalid_|unrecognized|unknown key|undefined|:\s*$/,
      );
      expect(message, kind).toMatch(REFUSAL[lng]);
      expect(detail, kind).toMatch(/:/);
      expect(message).not.toContain(detail);
      messages.add(message);
    }
    expect(messages.size).toBe(CASES.length);
  });

  it('names the workshop by its title and what is wrong, in both languages', async () => {
    const outside = await refusal(changeOf('outside-matrix'));
    expect(outside.detail).toBe('placements[2].position.x: too_big');
    await i18n.changeLanguage('en');
    expect(describeLoadFailure(outside, i18n.t).message).toBe(
      'The backup is damaged or was edited by hand and cannot be restored. In the workshop “Näringslivsdag”: a position lies outside the matrix. Choose another one.',
    );
    await i18n.changeLanguage('sv');
    expect(describeLoadFailure(outside, i18n.t).message).toBe(
      'Säkerhetskopian är skadad eller har ändrats för hand och kan inte återställas. I workshoppen ”Näringslivsdag”: en position ligger utanför matrisen. Välj en annan.',
    );

    await i18n.changeLanguage('en');
    const twice = await refusal(changeOf('placed-twice'));
    expect(twice.detail).toBe('placements[4]: placed twice');
    expect(describeLoadFailure(twice, i18n.t).message).toContain(
      '“Rådsmöte”: a model is placed twice.',
    );
    const nobody = await refusal(changeOf('unknown-participant'));
    expect(describeLoadFailure(nobody, i18n.t).message).toContain(
      '“Rådsmöte”: a vote names a participant who is not in the file.',
    );
    const field = await refusal(changeOf('unknown-field'));
    expect(describeLoadFailure(field, i18n.t).message).toContain(
      '“Rådsmöte”: the workshop has a field this version does not know.',
    );
  });

  it('a workshop of no title, or a record of no workshop in the file, names none', async () => {
    await i18n.changeLanguage('en');
    const orphan = await refusal(changeOf('unknown-workshop'));
    expect(describeLoadFailure(orphan, i18n.t).message).toBe(
      'The backup is damaged or was edited by hand and cannot be restored: a placement belongs to a workshop that is not in the file. Choose another one.',
    );
    const hostile = await refusal((d) => {
      item(d, 'workshops').title = { toString: 'x' };
      item(d, 'placements').position = { x: 2, y: 0 };
    });
    expect(hostile).toHaveProperty('problem.kind');
    expect(hostile).not.toHaveProperty('problem.workshopTitle');
    expect(describeProblem(undefined, i18n.t)).toMatch(
      /^The backup .* the file has a value the app cannot read\./,
    );
  });
});
