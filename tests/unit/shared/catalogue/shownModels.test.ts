import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../../shared/catalogue';
import {
  BUILT_IN_MODEL_IDS,
  countShown,
  countShownByWorkshop,
} from '../../../../shared/catalogue/shownModels';

const [a, b] = MODELS;
const at = (workshopId: string, modelId: string, position: unknown = { x: 0.5, y: 0.5 }) => ({
  workshopId,
  modelId,
  position,
});

describe('counting what the matrix shows', () => {
  it('leaves out models the catalogue lacks and rows off the matrix', () => {
    const rows = [
      at('w', a?.id ?? ''),
      at('w', b?.id ?? ''),
      at('w', 'gone-model'),
      at('w', a?.id ?? '', { x: 2, y: 0 }),
      at('w', b?.id ?? '', null),
    ];
    expect(countShown(rows, BUILT_IN_MODEL_IDS)).toBe(2);
    expect(countShown([], BUILT_IN_MODEL_IDS)).toBe(0);
    expect(BUILT_IN_MODEL_IDS.size).toBe(MODELS.length);
  });

  it('per workshop, each with the ids it knows; a workshop with none shown is absent', () => {
    const rows = [at('w0', a?.id ?? ''), at('w0', 'own'), at('w1', 'gone'), at('w2', 'own')];
    expect(countShownByWorkshop(rows)).toEqual(new Map([['w0', 1]]));
    // When workshops have their own models, a workshop's own ids count too.
    const own = (id: string) => new Set([...BUILT_IN_MODEL_IDS, ...(id === 'w2' ? ['own'] : [])]);
    expect(countShownByWorkshop(rows, own)).toEqual(
      new Map([
        ['w0', 1],
        ['w2', 1],
      ]),
    );
  });
});
