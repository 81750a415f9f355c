// Where a drag ends on screen. A touch or mouse drag ends under the finger (the point it
// started at plus how far it moved), so a long row lifted at its edge lands where the finger
// is; a keyboard drag has no finger and lands at the centre of the moved item.

type Point = { x: number; y: number };
type Rect = { left: number; top: number; width: number; height: number };

function startPoint(event: Event | null): Point | null {
  if (!event) return null;
  if ('touches' in event) {
    const touch = (event as TouchEvent).touches[0] ?? (event as TouchEvent).changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : null;
  }
  if ('clientX' in event && 'clientY' in event) {
    const { clientX, clientY } = event as MouseEvent;
    return { x: clientX, y: clientY };
  }
  return null;
}

export function dropPoint(activator: Event | null, delta: Point, moved: Rect | null): Point | null {
  const start = startPoint(activator);
  if (start) return { x: start.x + delta.x, y: start.y + delta.y };
  if (!moved) return null;
  return { x: moved.left + moved.width / 2, y: moved.top + moved.height / 2 };
}
