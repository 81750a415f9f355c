import { memo, useMemo, useState, type MouseEvent } from 'react';
import { isPosition, type Position } from '@shared/domain/matrix';
import type { Vote } from '@shared/domain/vote';

type Props = {
  votes: readonly Vote[];
  selectedId: string | null;
  /** The overlay's size in pixels (dots are drawn in pixels, so circles stay round). */
  width: number;
  height: number;
  dotLabel: (vote: Vote) => string;
};

type Dot = { vote: Vote; x: number; y: number };
const RADIUS = 4;
const HOVER_RADIUS = 8;
const pct = (value: number) => `${value * 100}%`;

/**
 * Every participant's dot. Hundreds of them (60 people × 25 models) are one SVG path, not one
 * element each: that keeps mounting the pooled view and each vote's update within budget
 * (npm run bench). The selected model's dots are real elements, focusable and named; any dot
 * says whose it is on hover, found by distance, so no element per dot is needed for that either.
 */
export const VoteDots = memo(function VoteDots(props: Props) {
  const { votes, selectedId, width, height, dotLabel } = props;
  const dots = useMemo(
    () =>
      votes.flatMap((vote): Dot[] =>
        isPosition(vote.value)
          ? [{ vote, x: vote.value.x * width, y: (1 - vote.value.y) * height }]
          : [],
      ),
    [votes, width, height],
  );
  const path = useMemo(
    () =>
      dots
        .filter((dot) => dot.vote.modelId !== selectedId)
        .map(
          ({ x, y }) =>
            `M${x - RADIUS},${y}a${RADIUS},${RADIUS} 0 1,0 ${2 * RADIUS},0a${RADIUS},${RADIUS} 0 1,0 ${-2 * RADIUS},0`,
        )
        .join(''),
    [dots, selectedId],
  );
  const selected = useMemo(
    () => votes.filter((vote) => vote.modelId === selectedId && isPosition(vote.value)),
    [votes, selectedId],
  );
  const [hovered, setHovered] = useState<Dot | null>(null);

  const onMouseMove = (event: MouseEvent<HTMLDivElement>) => {
    // Not while dragging: a drag's moves must cost nothing here.
    if (event.buttons !== 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    let nearest: Dot | null = null;
    let best = HOVER_RADIUS * HOVER_RADIUS;
    for (const dot of dots) {
      const distance = (dot.x - px) ** 2 + (dot.y - py) ** 2;
      if (distance <= best) [nearest, best] = [dot, distance];
    }
    if (nearest !== hovered) setHovered(nearest);
  };

  return (
    <div className="vote-dots" onMouseMove={onMouseMove} onMouseLeave={() => setHovered(null)}>
      <svg width="100%" height="100%" aria-hidden="true">
        <path d={path} className="vote-dots-path" />
      </svg>
      {selected.map((vote) => {
        const { x, y } = vote.value as Position;
        return (
          <span
            key={vote.participantId}
            className="vote-dot is-selected"
            style={{ left: pct(x), top: pct(1 - y) }}
            title={dotLabel(vote)}
            aria-label={dotLabel(vote)}
            role="img"
            tabIndex={0}
          />
        );
      })}
      {hovered && (
        <span
          className="vote-dot-tooltip"
          style={{ left: hovered.x, top: hovered.y }}
          role="tooltip"
        >
          {dotLabel(hovered.vote)}
        </span>
      )}
    </div>
  );
});
