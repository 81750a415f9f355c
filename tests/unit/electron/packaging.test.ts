import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Read as text: the packaging config is a handful of flat keys, and the fuses are the part that
// must never silently change (QUALITY.md, Electron list).
const config = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');

/** The value of `key:` inside the top-level `section:` block. */
function valueIn(section: string, key: string): string | undefined {
  const block = new RegExp(`^${section}:\\n((?:[ \\t]+.*\\n?)+)`, 'm').exec(config)?.[1] ?? '';
  return new RegExp(`^\\s+${key}:\\s*([^#\\n]*?)\\s*(?:#.*)?$`, 'm').exec(block)?.[1];
}

describe('packaging (electron-builder.yml)', () => {
  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
    ['grantFileProtocolExtraPrivileges', 'false'],
  ])('sets the fuse %s to %s', (fuse, value) => {
    expect(valueIn('electronFuses', fuse)).toBe(value);
  });

  it('builds AppImage and deb, NSIS and dmg installers from an asar', () => {
    expect(valueIn('linux', 'target')).toBe('[AppImage, deb]');
    expect(valueIn('win', 'target')).toBe('[nsis]');
    expect(valueIn('mac', 'target')).toBe('[dmg]');
    expect(config).toMatch(/^asar: true$/m);
  });
});
