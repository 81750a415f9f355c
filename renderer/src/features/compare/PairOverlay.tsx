import { Fragment, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDifference } from '@shared/domain/groupComparison';
import type { Position } from '@shared/domain/matrix';
import { placeLabels } from './labelLayout';
import { useElementSize } from '../../ui/useElementSize';

type Props = {
  /** In table order: a pair's number is its row number. */
  differences: readonly GroupDifference[];
  /** The pair drawn emphasised (selected, or under the pointer in the table). */
  highlightedId: string | null;
  selectedId: string | null;
  titleOf: (modelId: string) => string;
  onSelect: (modelId: string) => void;
  onHover: (modelId: string | null) => void;
};

const left = (p: Position) => `${p.x * 100}%`;
const top = (p: Position) => `${(1 - p.y) * 100}%`;

/** Keys that move between the pairs' number buttons, as a step from the current one. */
const STEPS: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(i + 1, last),
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

/**
 * The two groups' medians on the matrix: A as circles, B as squares, each pair joined by a
 * line and numbered as in the table. Lines are drawn in pixels (the matrix is rarely square),
 * so strokes keep their width. The numbers are the only things that take the pointer or focus:
 * one tab stop, arrow keys move along the table's order.
 */
export function PairOverlay(props: Props) {
  const { differences, highlightedId, selectedId, titleOf, onSelect, onHover } = props;
  const { t } = useTranslation();
  const [ref, { width, height }] = useElementSize<HTMLDivElement>();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const tabStop = differences.some((d) => d.modelId === selectedId)
    ? selectedId
    : (differences[0]?.modelId ?? null);
  // The emphasised line is drawn last, so no other line crosses over it.
  const lines = [...differences].sort(
    (p, q) => Number(p.modelId === highlightedId) - Number(q.modelId === highlightedId),
  );

  // Badges are laid out in pixels once the box is measured; until then they sit on the middle
  // of their line (CSS centres them).
  const badges = useMemo(() => {
    if (width === 0) return null;
    const px = (p: Position) => ({ x: p.x * width, y: (1 - p.y) * height });
    const anchors = differences.map(({ a, b }) => px({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }));
    const markers = differences.flatMap(({ a, b }) => [px(a), px(b)]);
    return placeLabels(anchors, markers, { width, height });
  }, [differences, width, height]);
  const badgeStyle = (index: number, a: Position, b: Position): CSSProperties => {
    const placed = badges?.[index];
    if (placed) return { left: placed.left, top: placed.top, transform: 'none' };
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    return { left: left(mid), top: top(mid) };
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const target = differences[step(index, differences.length - 1)];
    if (target) buttons.current.get(target.modelId)?.focus();
  };

  return (
    <div ref={ref} className="compare-overlay">
      <svg
        className="compare-lines"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
      >
        {width > 0 &&
          lines.map(({ modelId, a, b }) => (
            <line
              key={modelId}
              className={modelId === highlightedId ? 'is-highlighted' : undefined}
              x1={a.x * width}
              y1={(1 - a.y) * height}
              x2={b.x * width}
              y2={(1 - b.y) * height}
            />
          ))}
      </svg>
      {differences.map(({ modelId, a, b }, index) => {
        const highlighted = modelId === highlightedId ? ' is-highlighted' : '';
        return (
          <Fragment key={modelId}>
            <span
              className={`compare-marker is-a${highlighted}`}
              style={{ left: left(a), top: top(a) }}
              aria-hidden="true"
            />
            <span
              className={`compare-marker is-b${highlighted}`}
              style={{ left: left(b), top: top(b) }}
              aria-hidden="true"
            />
            <button
              ref={(element) => {
                if (element) buttons.current.set(modelId, element);
                else buttons.current.delete(modelId);
              }}
              type="button"
              className={`compare-pair-number${highlighted}`}
              style={badgeStyle(index, a, b)}
              tabIndex={modelId === tabStop ? 0 : -1}
              aria-pressed={modelId === selectedId}
              aria-label={t('compare.pair', { number: index + 1, title: titleOf(modelId) })}
              onFocus={() => onSelect(modelId)}
              onClick={() => onSelect(modelId)}
              onKeyDown={(event) => onKeyDown(event, index)}
              onMouseEnter={() => onHover(modelId)}
              onMouseLeave={() => onHover(null)}
            >
              {index + 1}
            </button>
          </Fragment>
        );
      })}
    </div>
  );
}
