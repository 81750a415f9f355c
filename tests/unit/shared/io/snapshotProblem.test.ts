import { describe, expect, it } from 'vitest';
import { problemOf } from '../../../../shared/io/snapshotProblem';

const data = {
  workshops: [
    { id: 'w0', title: 'Rådsmöte' },
    { id: 'w1', title: 42 },
    { id: 'w2', title: '   ' },
  ],
  placements: [{ workshopId: 'w0' }, { workshopId: 'w1' }, { workshopId: 'nowhere' }, 'junk'],
  votes: [{ workshopId: 'w0' }],
};

describe('problemOf', () => {
  it('names the kind of record, the problem and the workshop by title', () => {
    expect(
      problemOf({ path: ['placements', 0, 'position', 'x'], code: 'too_big', message: '' }, data),
    ).toEqual({ kind: 'outside-matrix', record: 'placement', workshopTitle: 'Rådsmöte' });
    expect(
      problemOf({ path: ['workshops', 0], code: 'unrecognized_keys', message: '' }, data),
    ).toEqual({ kind: 'unknown-field', record: 'workshop', workshopTitle: 'Rådsmöte' });
    expect(
      problemOf(
        {
          path: ['workshops', 0, 'setup', 'groups', 3, 'id'],
          code: 'custom',
          message: 'duplicate group id',
        },
        data,
      ),
    ).toEqual({ kind: 'duplicate-id', record: 'group', workshopTitle: 'Rådsmöte' });
    expect(
      problemOf(
        { path: ['votes', 0, 'participantId'], code: 'custom', message: 'unknown participant' },
        data,
      ),
    ).toEqual({ kind: 'unknown-participant', record: 'vote', workshopTitle: 'Rådsmöte' });
  });

  it('trusts nothing: a title that is no text, blank, or a record of no workshop names none', () => {
    const at = (index: number) =>
      problemOf({ path: ['placements', index], code: 'custom', message: 'placed twice' }, data);
    expect(at(1)).toEqual({ kind: 'placed-twice', record: 'placement' });
    expect(at(3)).toEqual({ kind: 'placed-twice', record: 'placement' });
    expect(at(2)).toEqual({ kind: 'placed-twice', record: 'placement' });
    expect(
      problemOf({ path: ['workshops', 2, 'title'], code: 'too_small', message: '' }, data),
    ).toEqual({ kind: 'bad-value', record: 'workshop' });
    expect(
      problemOf({ path: ['placements', 0], code: 'custom', message: 'toString' }, null),
    ).toEqual({
      kind: 'bad-value',
      record: 'placement',
    });
  });

  it('a whole list too long, or the file itself, is the file’s problem', () => {
    expect(problemOf({ path: ['votes'], code: 'too_big', message: '' }, data)).toEqual({
      kind: 'too-many-records',
      record: 'file',
    });
    expect(problemOf({ path: [], code: 'unrecognized_keys', message: '' }, data)).toEqual({
      kind: 'unknown-field',
      record: 'file',
    });
    expect(
      problemOf(
        {
          path: ['createdAt'],
          code: 'invalid_type',
          message: 'expected string, received undefined',
        },
        data,
      ),
    ).toEqual({ kind: 'missing-field', record: 'file' });
  });
});
