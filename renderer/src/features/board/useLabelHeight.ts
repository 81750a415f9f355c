import { useLayoutEffect, useRef, useState } from 'react';

/** Three lines of a label's text and its padding: used until the labels have been measured. */
export const DEFAULT_LABEL_HEIGHT = 56;

/**
 * The height of the tallest of the boxes inside the returned element's ref (the labels'
 * measuring copies, see Matrix): every label is laid out at that height, so no title is cut.
 * Measured again when `key` (the titles and the width) changes, and when the boxes change size
 * (fonts or hyphenation patterns arriving).
 */
export function useLabelHeight(key: string) {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(DEFAULT_LABEL_HEIGHT);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      let tallest = 0;
      for (const child of element.children) {
        tallest = Math.max(tallest, (child as HTMLElement).offsetHeight);
      }
      if (tallest > 0) setHeight(Math.ceil(tallest));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, [key]);
  return [ref, height] as const;
}
