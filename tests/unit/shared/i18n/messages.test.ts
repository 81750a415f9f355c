import { describe, expect, it } from 'vitest';
import { defaultLocale, isLocale, MESSAGES } from '../../../../shared/i18n';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

describe('UI messages', () => {
  const sv = leaves(MESSAGES.sv);
  const en = leaves(MESSAGES.en);

  it('has the same keys in Swedish and English, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...sv.keys()].sort());
    for (const [key, text] of [...sv, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, text] of sv)
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('starts Nordic systems in Swedish and others in English', () => {
    expect(defaultLocale(['sv-SE'])).toBe('sv');
    expect(defaultLocale(['fi-FI', 'en'])).toBe('sv');
    expect(defaultLocale(['en-US'])).toBe('en');
    expect(defaultLocale([])).toBe('en');
    expect(isLocale('sv')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale({ toString: () => 'sv' })).toBe(false);
  });
});
