import type { PDFDocument, PDFPage } from 'pdf-lib';
import { paragraphDirection, type Direction } from '../text/bidi';
import { drawLine, lineWidth } from '../text/drawLine';
import type { Hyphenator } from '../text/hyphenation';
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

/** A wrapped line and the direction of the paragraph it belongs to. */
export type FlowLine = { text: string; direction: Direction };

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

  /** `hyphenator`: the plan's language, for words wider than a line; without it they are cut. */
  constructor(
    private readonly doc: PDFDocument,
    readonly frame: Frame = BODY,
    readonly hyphenator?: Hyphenator | undefined,
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

  /**
   * One line of already wrapped, already safe text. A line of a right-to-left paragraph starts
   * at the right edge, as such a paragraph does on screen; the indent stays on the left, where
   * the document keeps its numbers and bullets.
   */
  line(text: string, style: TextStyle, indent = 0, direction?: Direction): void {
    this.ensure(style.lineHeight);
    if (text) {
      const rtl = direction === 'rtl';
      drawLine(this.page, text, {
        x: rtl
          ? this.frame.right - lineWidth(text, style.font, style.size)
          : this.frame.left + indent,
        y: this.y - style.size,
        size: style.size,
        font: style.font,
        color: style.color,
        direction,
      });
    }
    this.y -= style.lineHeight;
  }

  /** Measures text as `style` draws it. */
  measure(style: TextStyle): (text: string) => number {
    return (text) => lineWidth(text, style.font, style.size);
  }

  /**
   * Makes `text` safe and wraps it to `width` with the plan's hyphenation; each line carries
   * its paragraph's direction, so a wrapped right-to-left paragraph stays right to left.
   */
  wrap(text: string, style: TextStyle, width: number): FlowLine[] {
    const breakPoints = this.hyphenator?.breakPoints;
    return safeText(text, style.font)
      .split('\n')
      .flatMap((paragraph) => {
        const direction = paragraphDirection(paragraph);
        return wrapText(paragraph, this.measure(style), width, { breakPoints }).map((line) => ({
          text: line,
          direction,
        }));
      });
  }

  /** Wraps `text` to the frame (minus indent) and draws it, page after page if need be. */
  paragraph(text: string, style: TextStyle, options: ParagraphOptions = {}): void {
    const indent = options.indent ?? 0;
    const lines = this.wrap(text, style, this.width - indent);
    if (options.keepLines) {
      this.ensure(style.lineHeight * Math.min(options.keepLines, lines.length));
    }
    lines.forEach((line, index) => {
      this.ensure(style.lineHeight);
      if (index === 0 && options.marker) {
        const marker = safeLine(options.marker, style.font);
        const markerWidth = lineWidth(marker, style.font, style.size);
        drawLine(this.page, marker, {
          x: this.frame.left + Math.max(0, indent - markerWidth - 5),
          y: this.y - style.size,
          size: style.size,
          font: style.font,
          color: style.color,
        });
      }
      this.line(line.text, style, indent, line.direction);
    });
  }
}
