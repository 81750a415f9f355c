import { useState } from 'react';
import { codePointLength, cutText } from '@shared/domain/text';

export type LimitedText = {
  value: string;
  /** Code points typed, the unit the limit counts in (an emoji is one). */
  used: number;
  max: number;
  /** True when the last change was longer than `max` and was cut. */
  cut: boolean;
  change: (typed: string) => void;
};

/**
 * A text field's value kept within `max` code points, cut the way stored text is cut (never
 * half an emoji or flag), and whether the last change had to be cut so the form can say so.
 * This replaces the input's `maxLength`, which counts UTF-16 units and cuts a paste silently.
 */
export function useLimitedText(max: number): LimitedText {
  const [value, setValue] = useState('');
  const [cut, setCut] = useState(false);
  return {
    value,
    used: codePointLength(value),
    max,
    cut,
    change(typed) {
      const kept = cutText(typed, max);
      setValue(kept);
      setCut(kept !== typed);
    },
  };
}
