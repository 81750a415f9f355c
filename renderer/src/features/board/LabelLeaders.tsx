import { memo } from 'react';
import type { Arrangement } from './arrangeCards';

/**
 * The leader lines from labels (or markers) drawn away from their points, and a dot at each
 * such point: where the model really sits. Decoration only; the cards say where they are.
 */
export const LabelLeaders = memo(function LabelLeaders({
  arrangement,
}: {
  arrangement: Arrangement;
}) {
  if (arrangement.mode === 'free') return null;
  const leaders = arrangement.cards.flatMap((card) => (card.leader ? [card.leader] : []));
  return (
    <>
      {leaders.map(({ from, to }, index) => (
        <line
          key={`l${index}`}
          className="leader-line"
          x1={from.x}
          y1={from.y}
          x2={to.x}
          y2={to.y}
        />
      ))}
      {leaders.map(({ to }, index) => (
        <circle key={`d${index}`} className="leader-dot" cx={to.x} cy={to.y} r={3.5} />
      ))}
    </>
  );
});
