import type { ReactNode } from 'react';

type AxisLabels = {
  xAxis: string;
  xLow: string;
  xHigh: string;
  yAxis: string;
  yLow: string;
  yHigh: string;
};

/** The board's axes around a matrix: impact up the left edge, resources along the bottom. */
export function MatrixFrame({ labels, children }: { labels: AxisLabels; children: ReactNode }) {
  return (
    <div className="pp-matrix-frame">
      <p className="pp-axis-y" aria-hidden="true">
        <span>{labels.yLow}</span>
        <span>{labels.yAxis} →</span>
        <span>{labels.yHigh}</span>
      </p>
      {children}
      <p className="pp-axis-x" aria-hidden="true">
        <span>{labels.xLow}</span>
        <span>{labels.xAxis} →</span>
        <span>{labels.xHigh}</span>
      </p>
    </div>
  );
}
