import { useCallback, useRef } from 'react';
import { playSoftTone } from './softTone';

/**
 * Plays the chime. The audio context is made at the first play, which is the press that turns
 * the sound on: browsers start audio only after the user has interacted with the page.
 */
export function useSoftTone(): () => void {
  const context = useRef<AudioContext | null>(null);
  return useCallback(() => {
    if (typeof AudioContext === 'undefined') return;
    context.current ??= new AudioContext();
    const audio = context.current;
    // A context made before any press (e.g. after a reload) starts suspended; try to wake it.
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    playSoftTone(audio);
  }, []);
}
