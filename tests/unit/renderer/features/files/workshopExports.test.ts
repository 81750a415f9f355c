import { strFromU8, unzipSync } from 'fflate';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../../../../../shared/i18n';
import type { Participant } from '../../../../../shared/domain/participant';
import { defaultSetup, type Workshop } from '../../../../../shared/domain/workshop';
import {
  placementsCsvFile,
  resultsPackFile,
  votesCsvFile,
  type WorkshopData,
} from '../../../../../renderer/src/features/files/workshopExports';

let sv: TFunction;
let en: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'sv',
    resources: { sv: { translation: MESSAGES.sv }, en: { translation: MESSAGES.en } },
    interpolation: { escapeValue: false },
  });
  sv = i18n.getFixedT('sv');
  en = i18n.getFixedT('en');
});

const workshop = (extra: Partial<Workshop> = {}): Workshop => ({
  id: 'w1',
  title: 'Klimatråd Åbo',
  organisation: 'Åbo stad',
  date: '2026-11-30',
  setup: {
    ...defaultSetup(),
    groups: [{ id: 'companies', name: '=Företag; "lokala"' }, ...defaultSetup().groups.slice(1)],
  },
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});

const person = (id: string, name: string, createdAt: number): Participant => ({
  id,
  workshopId: 'w1',
  name,
  groupId: id === 'p2' ? 'council' : 'companies',
  createdAt,
  removedAt: null,
});

function data(extra: Partial<Workshop> = {}): WorkshopData {
  return {
    workshop: workshop(extra),
    placements: [
      { workshopId: 'w1', modelId: 'diploma', position: { x: 0.9, y: 0.2 }, updatedAt: 1 },
      { workshopId: 'w1', modelId: 'open-data', position: { x: 0.125, y: 0.875 }, updatedAt: 1 },
    ],
    participants: [person('p2', 'Björn Åkesson', 2), person('p1', 'Anna Öberg', 1)],
    rounds: [
      {
        workshopId: 'w1',
        number: 1,
        state: 'revealed',
        startedAt: 1,
        lockedAt: 2,
        revealedAt: 3,
      },
    ],
    votes: [
      {
        workshopId: 'w1',
        round: 1,
        participantId: 'p2',
        modelId: 'open-data',
        value: 'skip',
        updatedAt: 1,
      },
      {
        workshopId: 'w1',
        round: 1,
        participantId: 'p1',
        modelId: 'open-data',
        value: { x: 0.5, y: 0.25 },
        updatedAt: 1,
      },
    ],
  };
}

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const lines = (bytes: Uint8Array) => text(bytes).slice(1).split('\r\n').slice(0, -1);

describe('CSV files', () => {
  it('writes the placements for a Swedish Excel: BOM, semicolons, decimal commas, plan order', () => {
    const file = placementsCsvFile(data(), 'sv', sv);
    expect(file.name).toBe('Klimatråd Åbo 2026-11-30 placeringar.csv');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines(file.bytes)).toEqual([
      'Modell;Kategori;Kvadrant;Resurser som behövs (0–100);Förväntad klimatpåverkan (0–100)',
      expect.stringMatching(/^Öppna data[^;]*;Kommunikation[^;]*;Snabba vinster;12,5;87,5$/),
      expect.stringMatching(/^[^;]*diplom[^;]*;[^;]+;Ompröva;90;20$/i),
    ]);
  });

  it('writes the votes in English with commas and points, names as the screens show them', () => {
    const file = votesCsvFile(data(), 'en', en);
    expect(lines(file.bytes)).toEqual([
      'Round,Participant,Group,Model,Resources needed (0–100),Expected climate impact (0–100)',
      // The group name a facilitator typed is neutralised and quoted, not run as a formula.
      expect.stringMatching(/^1,Anna Öberg,"'=Företag; ""lokala""",[^,]+,50,25$/),
      expect.stringMatching(/^1,Björn Åkesson,Council members?,[^,]+,don't know,don't know$/),
    ]);
  });

  it('never names participants of an anonymous workshop', () => {
    const file = votesCsvFile(data({ setup: { ...defaultSetup(), anonymous: true } }), 'sv', sv);
    const written = text(file.bytes);
    expect(written).not.toMatch(/Anna|Björn/);
    expect(
      lines(file.bytes)
        .slice(1)
        .map((line) => line.split(';')[1]),
    ).toEqual(['Deltagare 1', 'Deltagare 2']);
  });
});

describe('resultsPackFile', () => {
  it('zips the plan, both CSVs and the picture into one file', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 test');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const makers = {
      pdf: vi.fn(async () => ({
        name: 'Klimatråd Åbo 2026-11-30.pdf',
        bytes: pdf,
        type: 'application/pdf',
      })),
      png: vi.fn(async () => ({ name: 'ignored.png', bytes: png, type: 'image/png' })),
    };
    const pack = await resultsPackFile(data(), 'sv', sv, makers);
    expect(pack.name).toBe('Klimatråd Åbo 2026-11-30.zip');
    expect(pack.type).toBe('application/zip');

    const files = unzipSync(pack.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'Klimatråd Åbo 2026-11-30.pdf',
      'matris.png',
      'placeringar.csv',
      'röster.csv',
    ]);
    expect(files['Klimatråd Åbo 2026-11-30.pdf']).toEqual(pdf);
    expect(files['matris.png']).toEqual(png);
    const placements = files['placeringar.csv'] ?? new Uint8Array();
    expect(placements).toEqual(placementsCsvFile(data(), 'sv', sv).bytes);
    expect(strFromU8(placements)).toContain('Snabba vinster');
    expect(strFromU8(files['röster.csv'] ?? new Uint8Array())).toContain('vet inte');
  });
});
