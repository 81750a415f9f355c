import { useEffect, useRef } from 'react';
import type { Point } from './matrixGeometry';

/** The last place the mouse, pen or finger was seen on screen, updated without re-rendering. */
export function useLastPointer() {
  const last = useRef<Point | null>(null);
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      last.current = { x: event.clientX, y: event.clientY };
    };
    const onTouch = (event: TouchEvent) => {
      const touch = event.touches[0];
      if (touch) last.current = { x: touch.clientX, y: touch.clientY };
    };
    const options = { capture: true, passive: true };
    window.addEventListener('pointermove', onPointer, options);
    window.addEventListener('pointerdown', onPointer, options);
    window.addEventListener('touchmove', onTouch, options);
    return () => {
      window.removeEventListener('pointermove', onPointer, options);
      window.removeEventListener('pointerdown', onPointer, options);
      window.removeEventListener('touchmove', onTouch, options);
    };
  }, []);
  return last;
}
