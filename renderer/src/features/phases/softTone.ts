/**
 * A short, soft two-note chime made with the Web Audio API: nothing is downloaded, and the
 * volume stays low so it marks the moment without startling a room.
 */
export function playSoftTone(context: AudioContext): void {
  const notes = [
    { frequency: 659.25, at: 0 }, // E5
    { frequency: 523.25, at: 0.32 }, // C5
  ];
  for (const { frequency, at } of notes) {
    const start = context.currentTime + 0.02 + at;
    const gain = context.createGain();
    // Exponential ramps from near silence: no click at the start or the end of the note.
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.12, start + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.9);
    gain.connect(context.destination);
    const oscillator = context.createOscillator();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    oscillator.connect(gain);
    oscillator.start(start);
    oscillator.stop(start + 0.95);
  }
}
