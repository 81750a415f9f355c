import { PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import type { PlanLabels } from '../i18n/plan';
import { safeMetadata } from './safeText';
import type { PlanInput } from './types';

export const CREATOR = 'Klimatverkstad';
export const PRODUCER = 'Klimatverkstad (pdf-lib)';

/**
 * Document properties, built from named fields of the plan only — never by copying whatever
 * object came in — so nothing but the title, organisation and fixed texts leaves in the file.
 */
export function setPlanMetadata(
  doc: PDFDocument,
  input: PlanInput,
  labels: PlanLabels,
  now: Date,
): void {
  const title = safeMetadata(input.title);
  doc.setTitle(title ? `${labels.heading}: ${title}` : labels.heading, {
    showInWindowTitleBar: true,
  });
  const organisation = safeMetadata(input.organisation);
  if (organisation) doc.setAuthor(organisation);
  doc.setSubject(labels.subject);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  // The catalogue /Lang lets screen readers and text-to-speech pick the right language.
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(labels.language));
}
