import { useHyphenator } from './useHyphenator';

/**
 * A model's title as cards show it: long words carry soft hyphens, so a narrow card breaks
 * "Kommunikations-kampanjer" where the language allows, with a hyphen, instead of between any
 * two letters. Screen readers and find-in-page get the plain title: the hyphenated copy is
 * hidden from assistive technology and a visually hidden plain copy gives the accessible name.
 */
export function CardTitle({ title }: { title: string }) {
  const hyphenator = useHyphenator();
  const shown = hyphenator ? hyphenator.soften(title) : title;
  if (shown === title) return title;
  return (
    <span className="card-title">
      <span aria-hidden="true">{shown}</span>
      <span className="visually-hidden">{title}</span>
    </span>
  );
}
