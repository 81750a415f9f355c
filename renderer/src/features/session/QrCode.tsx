import { useEffect, useState } from 'react';

type Props = { text: string; label: string };

/** Dark modules as one SVG path, each a 1×1 square in module units. */
function modulesPath(size: number, dark: (x: number, y: number) => boolean): string {
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (dark(x, y)) path += `M${x} ${y}h1v1h-1z`;
  }
  return path;
}

/** The quiet zone the QR standard asks for around the code, in modules. */
const QUIET = 4;

/**
 * A QR code drawn as our own SVG from the `qrcode` package's module matrix (loaded only when a
 * code is shown): no markup from elsewhere is injected, and it scales to any size crisply.
 */
export function QrCode({ text, label }: Props) {
  const [code, setCode] = useState<{ size: number; path: string } | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then(({ create }) => {
      // M recovers from 15 % damage: enough for a projector's glare, and fewer modules than Q.
      const { modules } = create(text, { errorCorrectionLevel: 'M' });
      const path = modulesPath(modules.size, (x, y) => Boolean(modules.get(y, x)));
      if (live) setCode({ size: modules.size, path });
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!code) return <div className="qr-code qr-code-loading" />;
  const box = code.size + 2 * QUIET;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET} y={-QUIET} width={box} height={box} fill="#fff" />
      <path d={code.path} fill="#000" />
    </svg>
  );
}
