// The files one workshop can be exported as: CSV, the matrix picture, and the results pack
// that holds the plan, both CSVs and the picture. The PDF and the picture are loaded with
// import() only when made: pdf-lib and the picture code are not needed before.
import type { TFunction } from 'i18next';
import type { Locale } from '@shared/catalogue/types';
import type { Participant } from '@shared/domain/participant';
import type { Round } from '@shared/domain/round';
import type { Vote } from '@shared/domain/vote';
import type { Placement, Workshop } from '@shared/domain/workshop';
import { placementsCsvText, votesCsvText } from './csvExport';
import { workshopFileName } from './fileNames';
import { zipFiles, type NamedFile } from './resultsPack';

/** Everything of one workshop the exports read. */
export type WorkshopData = {
  workshop: Workshop;
  placements: readonly Placement[];
  participants: readonly Participant[];
  rounds: readonly Round[];
  votes: readonly Vote[];
};

const CSV = 'text/csv;charset=utf-8';
const utf8 = (text: string) => new TextEncoder().encode(text);
const voicesOf = (data: WorkshopData) => ({
  participants: data.participants,
  rounds: data.rounds,
  votes: data.votes,
  setup: data.workshop.setup,
});

export function placementsCsvFile(data: WorkshopData, locale: Locale, t: TFunction): NamedFile {
  const name = workshopFileName(data.workshop, '.csv', t('files.namePlacements'));
  return { name, bytes: utf8(placementsCsvText(data.placements, locale, t)), type: CSV };
}

export function votesCsvFile(data: WorkshopData, locale: Locale, t: TFunction): NamedFile {
  const text = votesCsvText(data.workshop, data.participants, data.votes, locale, t);
  return {
    name: workshopFileName(data.workshop, '.csv', t('files.nameVotes')),
    bytes: utf8(text),
    type: CSV,
  };
}

export async function matrixPngFile(
  data: WorkshopData,
  locale: Locale,
  t: TFunction,
): Promise<NamedFile> {
  const { pictureInput, renderMatrixPng } = await import('./png/renderMatrixPng');
  const bytes = await renderMatrixPng(
    pictureInput(data.workshop, data.placements, locale, voicesOf(data)),
  );
  return {
    name: workshopFileName(data.workshop, '.png', t('files.nameMatrix')),
    bytes,
    type: 'image/png',
  };
}

export async function planPdfFile(data: WorkshopData, locale: Locale): Promise<NamedFile> {
  const { renderPlanPdf, planFileName } = await import('../plan/exportPlan');
  const bytes = await renderPlanPdf(data.workshop, data.placements, locale, voicesOf(data));
  return { name: planFileName(data.workshop, locale), bytes, type: 'application/pdf' };
}

/** How the results pack gets its PDF and picture; tests give stand-ins. */
export type PackMakers = {
  pdf: (data: WorkshopData, locale: Locale) => Promise<NamedFile>;
  png: (data: WorkshopData, locale: Locale, t: TFunction) => Promise<NamedFile>;
};

const MAKERS: PackMakers = { pdf: planPdfFile, png: matrixPngFile };

/**
 * The results pack: one zip with the action plan (PDF), the placements and the votes (CSV)
 * and the matrix (PNG), for decision-makers and whoever keeps the records. Inside the zip the
 * files need no workshop title: the zip carries it.
 */
export async function resultsPackFile(
  data: WorkshopData,
  locale: Locale,
  t: TFunction,
  makers: PackMakers = MAKERS,
): Promise<NamedFile> {
  const [pdf, png] = await Promise.all([makers.pdf(data, locale), makers.png(data, locale, t)]);
  const inside = (file: NamedFile, name: string) => ({ ...file, name });
  const files = [
    pdf,
    inside(placementsCsvFile(data, locale, t), `${t('files.namePlacements')}.csv`),
    inside(votesCsvFile(data, locale, t), `${t('files.nameVotes')}.csv`),
    inside(png, `${t('files.nameMatrix')}.png`),
  ];
  return {
    name: workshopFileName(data.workshop, '.zip'),
    bytes: zipFiles(files),
    type: 'application/zip',
  };
}
