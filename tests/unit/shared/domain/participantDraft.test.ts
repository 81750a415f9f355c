import { describe, expect, it } from 'vitest';
import { MAX_PARTICIPANT_NAME_LENGTH } from '../../../../shared/domain/participant';
import {
  cleanGroupName,
  cleanParticipantName,
  consensusPercent,
  MAX_GROUP_NAME_LENGTH,
  parseConsensusPercent,
} from '../../../../shared/domain/participantDraft';

const codePoints = (text: string) => Array.from(text).length;
const hasLoneSurrogate = (text: string) => /\p{Cs}/u.test(text);

describe('cleanParticipantName', () => {
  it('trims and collapses white space, line breaks and tabs into single spaces', () => {
    expect(cleanParticipantName('  Anna \t  Berg\n')).toBe('Anna Berg');
    expect(cleanParticipantName('Anna\r\nBerg')).toBe('Anna Berg');
    expect(cleanParticipantName('Anna\u00a0\u00a0Berg')).toBe('Anna Berg');
    expect(cleanParticipantName('Anna\u0085Berg')).toBe('Anna Berg');
  });

  it('gives an empty name for nothing but white space (shown as "Participant n")', () => {
    expect(cleanParticipantName('')).toBe('');
    expect(cleanParticipantName(' \n\t ')).toBe('');
  });

  it('removes control characters, also where they would leave two spaces', () => {
    expect(cleanParticipantName('An\u0000na\u0007 \u001b[31mBerg\u007f')).toBe('Anna [31mBerg');
    expect(cleanParticipantName('Anna \u0000 Berg')).toBe('Anna Berg');
    expect(cleanParticipantName('\u009bAnna')).toBe('Anna');
  });

  it('removes bidi overrides, embeddings and isolates that would reorder the text after them', () => {
    // "Right-to-left override" is the classic trick to make "exe.txt" read as "txt.exe".
    expect(cleanParticipantName('Eva\u202Efdp.exe')).toBe('Evafdp.exe');
    expect(cleanParticipantName('\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069Ola')).toBe('Ola');
  });

  it('keeps right-to-left names and their direction marks as they are', () => {
    expect(cleanParticipantName('  מרים כהן ')).toBe('מרים כהן');
    expect(cleanParticipantName('فاطمة الزهراء')).toBe('فاطمة الزهراء');
    expect(cleanParticipantName('Anna \u200Fمريم\u200E')).toBe('Anna \u200Fمريم\u200E');
  });

  it('keeps markup as plain text (screens render names as text, never as HTML)', () => {
    expect(cleanParticipantName('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(cleanParticipantName('<img src=x onerror=alert(1)>')).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('keeps names at the limit whole and cuts a 200-character word to the limit', () => {
    const exact = 'x'.repeat(MAX_PARTICIPANT_NAME_LENGTH);
    expect(cleanParticipantName(exact)).toBe(exact);
    const word = 'a'.repeat(200);
    expect(cleanParticipantName(word)).toBe('a'.repeat(MAX_PARTICIPANT_NAME_LENGTH));
  });

  it('counts an emoji as one character and keeps it whole at the limit', () => {
    const name = 'a'.repeat(MAX_PARTICIPANT_NAME_LENGTH - 1) + '😀';
    expect(cleanParticipantName(name)).toBe(name);
    expect(codePoints(cleanParticipantName(name))).toBe(MAX_PARTICIPANT_NAME_LENGTH);
    // 80 emoji are 160 UTF-16 units: none is lost to a cut by units.
    const emoji = '🌍'.repeat(MAX_PARTICIPANT_NAME_LENGTH + 5);
    expect(cleanParticipantName(emoji)).toBe('🌍'.repeat(MAX_PARTICIPANT_NAME_LENGTH));
  });

  it('never splits a surrogate pair when the cut lands on an emoji', () => {
    const name = 'a'.repeat(MAX_PARTICIPANT_NAME_LENGTH) + '😀b';
    const cleaned = cleanParticipantName(name);
    expect(cleaned).toBe('a'.repeat(MAX_PARTICIPANT_NAME_LENGTH));
    expect(hasLoneSurrogate(cleaned)).toBe(false);
    // Where a unit-based cut (slice) would leave half an emoji at the end:
    const odd = 'a'.repeat(MAX_PARTICIPANT_NAME_LENGTH - 1) + '😀😀';
    expect(hasLoneSurrogate(odd.slice(0, MAX_PARTICIPANT_NAME_LENGTH))).toBe(true);
    expect(cleanParticipantName(odd)).toBe('a'.repeat(MAX_PARTICIPANT_NAME_LENGTH - 1) + '😀');
  });

  it('removes lone surrogates already in the input', () => {
    expect(cleanParticipantName('Anna\uD83D')).toBe('Anna');
    expect(cleanParticipantName('\uDE00Berg')).toBe('Berg');
  });

  it('does not end a cut name in a space', () => {
    const name = 'a'.repeat(MAX_PARTICIPANT_NAME_LENGTH - 1) + ' bcd';
    expect(cleanParticipantName(name)).toBe('a'.repeat(MAX_PARTICIPANT_NAME_LENGTH - 1));
  });
});

describe('cleanGroupName', () => {
  it('cleans like participant names, at the group limit', () => {
    expect(cleanGroupName('  Lokala\u202E  företag ')).toBe('Lokala företag');
    expect(codePoints(cleanGroupName('é'.repeat(300)))).toBe(MAX_GROUP_NAME_LENGTH);
  });
});

describe('parseConsensusPercent', () => {
  it('turns whole percentages from 50 to 100 in steps of 5 into shares', () => {
    expect(parseConsensusPercent('75')).toBe(0.75);
    expect(parseConsensusPercent(' 50 ')).toBe(0.5);
    expect(parseConsensusPercent('100')).toBe(1);
    expect(parseConsensusPercent('65')).toBe(0.65);
  });

  it('refuses anything else', () => {
    for (const text of [
      '',
      ' ',
      '45',
      '0',
      '105',
      '1000',
      '72',
      '75.5',
      '-75',
      'abc',
      '7 5',
      '1e2',
    ]) {
      expect(parseConsensusPercent(text), text).toBeNull();
    }
  });

  it('shows a stored share as the whole percentage', () => {
    expect(consensusPercent(0.75)).toBe(75);
    expect(consensusPercent(0.55)).toBe(55);
    expect(consensusPercent(parseConsensusPercent('85') ?? 0)).toBe(85);
  });
});
