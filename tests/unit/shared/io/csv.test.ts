import { describe, expect, it } from 'vitest';
import {
  csvDialect,
  csvDocument,
  csvNumber,
  csvText,
  placementsCsv,
  votesCsv,
  type CsvDialect,
} from '../../../../shared/io/csv';

const NORDIC = csvDialect('sv');
const ENGLISH = csvDialect('en');

/**
 * Reads CSV as RFC 4180 says (quoted fields, doubled quotes, CR LF records), the way Excel and
 * LibreOffice split a file: the test's independent check that every field comes back whole.
 */
function readCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  expect(field, 'the document ends with a complete record').toBe('');
  return rows;
}

const body = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1);
};

describe('csvDialect', () => {
  it('uses ; and a decimal comma for Swedish and Finnish, , and a point for English', () => {
    expect(csvDialect('sv')).toEqual({ separator: ';', decimal: ',' });
    expect(csvDialect('fi')).toEqual({ separator: ';', decimal: ',' });
    expect(csvDialect('sv-FI')).toEqual({ separator: ';', decimal: ',' });
    expect(csvDialect('en')).toEqual({ separator: ',', decimal: '.' });
  });
});

describe('csvText', () => {
  it.each([
    ['=HYPERLINK("http://evil","klick")', `"'=HYPERLINK(""http://evil"",""klick"")"`],
    ['+46 70 123', "'+46 70 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula in %j', (text, written) => {
    expect(csvText(text, ENGLISH)).toBe(written);
  });

  it('leaves a formula character inside the text alone', () => {
    expect(csvText('Klimat=framtid', NORDIC)).toBe('Klimat=framtid');
  });

  it('quotes only what must be quoted, in each dialect', () => {
    expect(csvText('a;b', NORDIC)).toBe('"a;b"');
    expect(csvText('a;b', ENGLISH)).toBe('a;b');
    expect(csvText('a,b', ENGLISH)).toBe('"a,b"');
    expect(csvText('a,b', NORDIC)).toBe('a,b');
    expect(csvText('säger "hej"', NORDIC)).toBe('"säger ""hej"""');
    expect(csvText('rad 1\nrad 2', NORDIC)).toBe('"rad 1\nrad 2"');
    expect(csvText(' kant ', NORDIC)).toBe('" kant "');
    expect(csvText('Åbo stad', NORDIC)).toBe('Åbo stad');
  });
});

describe('csvNumber', () => {
  it('writes the dialect decimal mark, at most two decimals, no trailing zeros', () => {
    expect(csvNumber(23.456, NORDIC)).toBe('23,46');
    expect(csvNumber(23.456, ENGLISH)).toBe('23.46');
    expect(csvNumber(50, NORDIC)).toBe('50');
    expect(csvNumber(12.5, NORDIC)).toBe('12,5');
    expect(csvNumber(-0.0001, ENGLISH)).toBe('0');
    expect(csvNumber(Number.NaN, ENGLISH)).toBe('');
  });
});

describe('csvDocument', () => {
  it('starts with the byte order mark and ends every record with CR LF', () => {
    const text = csvDocument(['a', 'b'], [['x', 1]], NORDIC);
    expect(text).toBe('\uFEFFa;b\r\nx;1\r\n');
  });

  const HOSTILE = [
    'citat "inom" citat',
    'semi;kolon, komma',
    'rad ett\r\nrad två\nrad tre',
    '🌍 klimat 👩‍👩‍👧 🇸🇪',
    'שלום עולם مرحبا',
    '=cmd|" /C calc"!A0',
    '-ta bort',
    'åäö ÅÄÖ',
  ];

  it.each<[string, CsvDialect]>([
    ['Swedish', NORDIC],
    ['English', ENGLISH],
  ])('gives every hostile field back whole (%s)', (_name, dialect) => {
    const rows = HOSTILE.map((text, i) => [text, i + 0.5]);
    const read = readCsv(body(csvDocument(['text', 'n'], rows, dialect)), dialect.separator);
    expect(read).toHaveLength(HOSTILE.length + 1);
    read.slice(1).forEach(([text, n], i) => {
      const original = HOSTILE[i] ?? '';
      expect(text).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
      expect(n).toBe(csvNumber(i + 0.5, dialect));
    });
  });
});

describe('placementsCsv and votesCsv', () => {
  const header = {
    model: 'Modell',
    category: 'Kategori',
    quadrant: 'Kvadrant',
    x: 'Resurser (0–100)',
    y: 'Klimatpåverkan (0–100)',
  };

  it('writes placements as percentages of the matrix', () => {
    const text = placementsCsv(
      [
        {
          model: 'Öppna data',
          category: 'Information; råd',
          quadrant: 'Snabba vinster',
          position: { x: 0.2345, y: 0.8 },
        },
      ],
      header,
      NORDIC,
    );
    expect(readCsv(body(text), ';')).toEqual([
      ['Modell', 'Kategori', 'Kvadrant', 'Resurser (0–100)', 'Klimatpåverkan (0–100)'],
      ['Öppna data', 'Information; råd', 'Snabba vinster', '23,45', '80'],
    ]);
  });

  it('writes votes with "don\'t know" as text in both coordinates', () => {
    const text = votesCsv(
      [
        { round: 1, participant: '@anna', group: 'Företag', model: 'M', value: { x: 0, y: 1 } },
        { round: 2, participant: 'Deltagare 2', group: 'Råd', model: 'M', value: 'skip' },
      ],
      {
        round: 'Round',
        participant: 'Participant',
        group: 'Group',
        model: 'Model',
        x: 'x',
        y: 'y',
      },
      "don't know",
      ENGLISH,
    );
    expect(readCsv(body(text), ',')).toEqual([
      ['Round', 'Participant', 'Group', 'Model', 'x', 'y'],
      ['1', "'@anna", 'Företag', 'M', '0', '100'],
      ['2', 'Deltagare 2', 'Råd', 'M', "don't know", "don't know"],
    ]);
  });
});
