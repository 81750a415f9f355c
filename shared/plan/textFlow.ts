import type { PDFDocument, PDFPage } from 'pdf-lib';
import { safeLine, safeText } from './safeText';
import { BODY, PAGE, type Frame, type TextStyle } from './theme';
import { wrapText } from './wrapText';

export type ParagraphOptions = {
  /** Extra left indent in points. */
  indent?: number;
  /** Drawn in the indent before the first line (a bullet or a number). */
  marker?: string;
  /** Move to a new page unless this many lines fit, so a paragraph never starts with a widow. */
  keepLines?: number;
};

/**
 * Lays text out top to bottom and starts a new page when the current one is full: pdf-lib
 * never adds pages by itself, it silently draws below the paper (pdf-lib #774).
 * `y` is the top of the next line box; a line's baseline sits one font size below it.
 */
export class TextFlow {
  readonly pages: PDFPage[] = [];
  y: number;
  /** Runs on every page the flow starts, e.g. to repeat a heading marked "continued". */
  onNewPage: ((flow: TextFlow) => void) | undefined;
  private current: PDFPage | undefined;

  constructor(
    private readonly doc: PDFDocument,
    readonly frame: Frame = BODY,
  ) {
    this.y = frame.top;
  }

  get page(): PDFPage {
    return this.current ?? this.newPage();
  }

  get width(): number {
    return this.frame.right - this.frame.left;
  }

  get atPageTop(): boolean {
    return this.current !== undefined && this.y >= this.frame.top;
  }

  newPage(): PDFPage {
    const page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.current = page;
    this.pages.push(page);
    this.y = this.frame.top;
    this.onNewPage?.(this);
    return page;
  }

  /** Whether `height` points still fit above the bottom of the frame. */
  fits(height: number): boolean {
    return this.y - height >= this.frame.bottom;
  }

  /**
   * Starts a new page unless `height` fits. On a fresh page nothing more can be done, so
   * content taller than a page is left to break line by line.
   */
  ensure(height: number): void {
    if (!this.current || (!this.fits(height) && !this.atPageTop)) this.newPage();
  }

  /** Vertical space; swallowed at the top of a page, where it would only look like a gap. */
  space(points: number): void {
    if (this.atPageTop) return;
    this.y = Math.max(this.y - points, this.frame.bottom);
  }

  /** One line of already wrapped, already safe text. */
  line(text: string, style: TextStyle, indent = 0): void {
    this.ensure(style.lineHeight);
    if (text) {
      this.page.drawText(text, {
        x: this.frame.left + indent,
        y: this.y - style.size,
        size: style.size,
        font: style.font,
        color: style.color,
      });
    }
    this.y -= style.lineHeight;
  }

  /** Measures text as `style` draws it. */
  measure(style: TextStyle): (text: string) => number {
    return (text) => style.font.widthOfTextAtSize(text, style.size);
  }

  /** Wraps `text` to the frame (minus indent) and draws it, page after page if need be. */
  paragraph(text: string, style: TextStyle, options: ParagraphOptions = {}): void {
    const indent = options.indent ?? 0;
    const lines = wrapText(safeText(text, style.font), this.measure(style), this.width - indent);
    if (options.keepLines) {
      this.ensure(style.lineHeight * Math.min(options.keepLines, lines.length));
    }
    lines.forEach((line, index) => {
      this.ensure(style.lineHeight);
      if (index === 0 && options.marker) {
        const marker = safeLine(options.marker, style.font);
        const markerWidth = style.font.widthOfTextAtSize(marker, style.size);
        this.page.drawText(marker, {
          x: this.frame.left + Math.max(0, indent - markerWidth - 5),
          y: this.y - style.size,
          size: style.size,
          font: style.font,
          color: style.color,
        });
      }
      this.line(line, style, indent);
    });
  }
}
