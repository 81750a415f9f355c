import { describe, expect, it } from 'vitest';
import { cleanParticipantName } from '../../../../shared/domain/participantDraft';
import { cleanOrganisation, cleanWorkshopTitle } from '../../../../shared/domain/workshopDraft';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { item, snapshotOf, textWith, type Json } from './snapshotFixtures';

// A file's user text goes through the rule the creation form uses: what the form cleans, the
// file cleans the same way; what the form refuses (a title that is empty once cleaned), the
// file refuses. Too long once cleaned is refused: the app never writes it.
const valid = snapshotOf(4);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const groupsOf = (data: Json, index = 0) => (item(data, 'workshops', index).setup as Json).groups;

function parsed(change: (data: Json) => void) {
  const result = parseSnapshot(textWith(valid, change));
  if (!result.ok) throw new Error(`refused: ${result.reason} ${result.detail ?? ''}`);
  return result.snapshot;
}

function refused(change: (data: Json) => void): string | undefined {
  const result = parseSnapshot(textWith(valid, change));
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.detail;
}

describe('user text in a backup file', () => {
  it('refuses a title that is empty once cleaned, naming the workshop: "workshops[3].title: empty"', () => {
    for (const title of ['   ', '\u202E\u2066', '\u0000\t\n', '\uD83D', ' \u00a0\uDE00 ']) {
      expect(
        refused((d) => (item(d, 'workshops', 3).title = title)),
        JSON.stringify(title),
      ).toBe('workshops[3].title: empty');
    }
  });

  it('cleans a hostile title and organisation exactly as the creation form does', () => {
    const title = '  <script>alert(1)</script>\u202Efdp.exe\u0000\n  שלום 🌍\uD83D  ';
    const organisation = '\u2067Vanda\u0007  stad\t';
    const snapshot = parsed((d) => {
      item(d, 'workshops', 1).title = title;
      item(d, 'workshops', 1).organisation = organisation;
    });
    const workshop = snapshot.workshops[1];
    expect(workshop?.title).toBe(cleanWorkshopTitle(title));
    expect(workshop?.title).toBe('<script>alert(1)</script>fdp.exe שלום 🌍');
    expect(workshop?.organisation).toBe(cleanOrganisation(organisation));
  });

  it('counts the limit in code points as the form does: 200 emoji fit, 201 do not', () => {
    const snapshot = parsed((d) => (item(d, 'workshops').title = '😀'.repeat(200)));
    expect(snapshot.workshops[0]?.title).toBe('😀'.repeat(200));
    expect(refused((d) => (item(d, 'workshops').title = '😀'.repeat(201)))).toBe(
      'workshops[0].title: too_big',
    );
    // What cleaning removes does not count: 200 letters wrapped in bidi overrides fit.
    const wrapped = parsed((d) => (item(d, 'workshops').title = `\u202E${'x'.repeat(200)}\u202C`));
    expect(wrapped.workshops[0]?.title).toBe('x'.repeat(200));
  });

  it('cleans participant and group names: no lone surrogate or bidi override is stored', () => {
    const snapshot = parsed((d) => {
      item(d, 'participants').name = ' Anna\uD83D \u202E Berg ';
      (groupsOf(d) as Json[])[0]!.name = '\u2066Företag\uDE00\u2069';
    });
    expect(snapshot.participants[0]?.name).toBe(cleanParticipantName(' Anna\uD83D \u202E Berg '));
    expect(snapshot.participants[0]?.name).toBe('Anna Berg');
    expect(snapshot.workshops[0]?.setup.groups[0]?.name).toBe('Företag');
    const strings = JSON.stringify(snapshot);
    expect(strings).not.toMatch(/\\ud[89ab]/i);
    expect(snapshot.workshops.map((w) => w.title).join('')).not.toMatch(LONE_SURROGATE);
  });

  it('still accepts an empty participant or group name, as the app writes them', () => {
    const snapshot = parsed((d) => {
      item(d, 'participants').name = ' \u202E ';
      (groupsOf(d) as Json[])[1]!.name = '';
    });
    expect(snapshot.participants[0]?.name).toBe('');
  });
});
