// Checks that run on raw text before JSON.parse, so hostile input costs one linear scan at most.

/**
 * Length of `text` in UTF-8 bytes, counted without allocating an encoded copy (the text may be
 * tens of megabytes). A lone surrogate counts 2 instead of 3 bytes; close enough for a cap.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff)) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/**
 * Whether JSON `text` nests arrays and objects deeper than `maxDepth`. Brackets inside strings
 * do not count. Checked before parsing so a million `[` never reach a recursive validator.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (char === ']' || char === '}') {
      depth -= 1;
    }
  }
  return false;
}
