import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rankPlacements } from '../../shared/domain/ranking';
import { PLAN_LABELS } from '../../shared/i18n/plan';
import { QUADRANTS } from '../../shared/domain/quadrant';
import type { PlanInput, PlanPoint } from '../../shared/plan/types';

// The action plan as a web page, for Chromium to print with `page.pdf()`: the same text, in
// the same order and the same font (DejaVu Sans, embedded by Chromium as a subset), on A4 with
// the same margins, a matrix drawn in SVG with numbered markers and a legend, and a footer with
// the title and page number. What the comparison is against: printing HTML instead of drawing
// the PDF ourselves.

const fontDir = resolve(import.meta.dirname, '../../resources/fonts');
const fontFace = (file: string, weight: number) =>
  `@font-face { font-family: 'Plan'; font-weight: ${weight}; src: url(data:font/ttf;base64,${readFileSync(
    resolve(fontDir, file),
  ).toString('base64')}) format('truetype'); }`;
const FONTS = fontFace('DejaVuSans.ttf', 400) + fontFace('DejaVuSans-Bold.ttf', 700);

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`).replace(/\n/g, '<br>');

function points(label: string, list: readonly PlanPoint[]): string {
  const present = list.filter((point) => point.text.trim());
  if (present.length === 0) return '';
  const items = present
    .map(
      (point) =>
        `<li>${escape(point.text)}${
          point.subPoints?.length
            ? `<ul class="sub">${point.subPoints.map((sub) => `<li>${escape(sub)}</li>`).join('')}</ul>`
            : ''
        }</li>`,
    )
    .join('');
  return `<h4>${escape(label)}</h4><ul class="${present.length > 1 ? 'bullets' : 'plain'}">${items}</ul>`;
}

/** The page Chromium prints; `footerTemplate` gives the running footer. */
export function planHtml(input: PlanInput): { html: string; footerTemplate: string } {
  const labels = PLAN_LABELS[input.locale];
  const ranked = rankPlacements(input.items);
  const markers = ranked
    .map(
      (item) =>
        `<g><circle cx="${(item.position.x * 400).toFixed(1)}" cy="${((1 - item.position.y) * 400).toFixed(1)}" r="9" fill="#233a4d"/><text x="${(item.position.x * 400).toFixed(1)}" y="${((1 - item.position.y) * 400 + 3).toFixed(1)}" text-anchor="middle" font-size="8.6" fill="#fff" font-weight="700">${item.rank}</text></g>`,
    )
    .join('');
  const legend = ranked
    .map((item) => `<li><b>${item.rank}.</b> ${escape(item.title)}</li>`)
    .join('');
  const sections = QUADRANTS.map((quadrant) => {
    const items = ranked.filter((item) => item.quadrant === quadrant);
    if (items.length === 0) return '';
    const { name, explanation } = labels.quadrants[quadrant];
    return `<section class="quadrant"><div class="band"><h3>${escape(name)}</h3><p>${escape(explanation)}</p></div>${items
      .map(
        (item) =>
          `<article><h3><span class="rank">${item.rank}.</span> ${escape(item.title)}</h3>${
            item.name && item.name !== item.title ? `<p>${escape(item.name)}</p>` : ''
          }<p class="small">${escape(item.category)}</p>${points(labels.why, item.why ? [{ text: item.why }] : [])}${points(labels.how, item.how)}${points(
            labels.risks,
            item.risks.map((text) => ({ text })),
          )}</article>`,
      )
      .join('')}</section>`;
  }).join('');
  const html = `<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8"><title>${escape(input.title)}</title><style>
${FONTS}
@page { size: A4; }
body { font-family: 'Plan'; font-size: 10pt; line-height: 14.5pt; color: #222; margin: 0; }
h1 { font-size: 28pt; line-height: 34pt; } h2 { font-size: 18pt; break-before: page; }
h3 { font-size: 12.5pt; margin: 14pt 0 2pt; break-after: avoid; } h4 { font-size: 9.5pt; color: #1c6b4d; margin: 6pt 0 0; break-after: avoid; }
.small { font-size: 9pt; color: #666; margin: 0; } .band { background: #dcefdc; border-left: 4pt solid #1f6633; padding: 9pt 14pt; }
ul.plain { list-style: none; padding-left: 26pt; } ul.bullets { padding-left: 38pt; } ul.sub { list-style: '– '; }
article { padding-left: 0; } li, p { orphans: 2; widows: 2; } svg { display: block; margin: 12pt auto; }
.legend { columns: 2; font-size: 9pt; list-style: none; padding: 0; }
</style></head><body>
<p class="small">${escape(labels.heading)}</p><h1>${escape(input.title)}</h1><p>${escape(input.organisation)}</p><p class="small">${escape(input.date)}</p>
<h2>${escape(labels.matrixHeading)}</h2>
<svg width="400" height="400" viewBox="0 0 400 400"><rect width="200" height="200" fill="#dce8f7"/><rect x="200" width="200" height="200" fill="#dcefdc"/><rect y="200" width="200" height="200" fill="#f6e0de"/><rect x="200" y="200" width="200" height="200" fill="#faf2d6"/>${markers}</svg>
<ol class="legend">${legend}</ol>
<h2>${escape(labels.modelsHeading)}</h2>${sections}
</body></html>`;
  const footerTemplate = `<div style="font-family: sans-serif; font-size: 8.5pt; width: 100%; margin: 0 64pt; display: flex; justify-content: space-between; color: #666;"><span>${escape(input.title)}</span><span class="pageNumber"></span></div>`;
  return { html, footerTemplate };
}
