type Props = { label: string; onBack: () => void };

/** "← All workshops": the way back to the start screen; the arrow is decoration only. */
export function BackButton({ label, onBack }: Props) {
  return (
    <button type="button" className="ghost" onClick={onBack}>
      <span aria-hidden="true">← </span>
      {label}
    </button>
  );
}
