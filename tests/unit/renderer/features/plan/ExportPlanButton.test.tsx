// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSetup, type Workshop } from '../../../../../shared/domain/workshop';
import type { Progress } from '../../../../../shared/plan/pacing';
import { ExportPlanButton } from '../../../../../renderer/src/features/plan/ExportPlanButton';
import { renderInEnglish } from '../catalogue/renderInEnglish';

const exportPlan = vi.hoisted(() => ({
  warmPlanExport: vi.fn(async () => undefined),
  renderPlanPdf: vi.fn(),
  planFileName: () => 'Plan 2026-11-30.pdf',
}));
vi.mock('../../../../../renderer/src/features/plan/exportPlan', () => exportPlan);
vi.mock('../../../../../renderer/src/platform/platform', () => ({
  platform: { savePdf: vi.fn(async () => ({ ok: true })) },
}));

const workshop: Workshop = {
  id: 'w1',
  title: 'Klimatråd',
  organisation: 'Åbo stad',
  date: '2026-11-30',
  setup: defaultSetup(),
  createdAt: 0,
  updatedAt: 0,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

describe('ExportPlanButton', () => {
  it('gets the export ready once the board is idle', async () => {
    const idle = vi.fn((callback: () => void) => {
      callback();
      return 1;
    });
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    await renderInEnglish(<ExportPlanButton workshop={workshop} placements={[]} />);
    expect(idle).toHaveBeenCalled();
    await waitFor(() => expect(exportPlan.warmPlanExport).toHaveBeenCalledWith('en'));
  });

  it('shows how far a long plan is while it is built', async () => {
    let finish: (bytes: Uint8Array) => void = () => undefined;
    let report: Progress = () => undefined;
    exportPlan.renderPlanPdf.mockImplementation(
      (...args: unknown[]) =>
        new Promise<Uint8Array>((resolve) => {
          report = args[4] as Progress;
          finish = resolve;
        }),
    );
    await renderInEnglish(<ExportPlanButton workshop={workshop} placements={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export action plan (PDF)' }));
    await waitFor(() => expect(exportPlan.renderPlanPdf).toHaveBeenCalled());
    act(() => report(0.4));
    const bar = screen.getByRole('progressbar', { name: 'Creating PDF…' }) as HTMLProgressElement;
    expect(bar.value).toBeCloseTo(0.4);
    act(() => report(0.8));
    expect(bar.value).toBeCloseTo(0.8);
    await act(async () => finish(new Uint8Array([1])));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });
});
