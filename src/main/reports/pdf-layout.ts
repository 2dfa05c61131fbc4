/** A small layout layer over pdfkit for A4 reports: headings, paragraphs, tables and a vector bar chart. */
import PDFDocument from 'pdfkit';

/** `wrap`: the cell's text wraps onto more lines (the row grows) instead of being cut with an ellipsis. */
export type PdfColumn = { header: string; width: number; align?: 'left' | 'right'; wrap?: boolean };
export type PdfDocument = InstanceType<typeof PDFDocument>;

const MARGIN = 50;
const ROW_HEIGHT = 16;
const INK = '#1a1a1a';
const RULE = '#9a9a9a';
const BAR = '#2f5d8a';
/** Room a heading keeps for what follows it (a table's header and two rows), so it never ends a page alone. */
const KEEP_WITH_HEADING = 30 + ROW_HEIGHT * 3 + 8;

export class PdfReport {
  readonly doc: PdfDocument;
  private y = MARGIN;
  private readonly footer: ((page: number, pages: number) => string) | null;

  /** `footer`: a line at the foot of every page, e.g. "Sida 1 av 3", written when the page count is known. */
  constructor(info: { title: string; created: Date; footer?: (page: number, pages: number) => string }) {
    this.footer = info.footer ?? null;
    this.doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: this.footer !== null,
      info: { Title: info.title, Creator: 'Samplan', CreationDate: info.created },
    });
    this.doc.fillColor(INK);
  }

  private get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  private ensureSpace(height: number): void {
    if (this.y + height > this.doc.page.height - MARGIN) {
      this.doc.addPage();
      this.y = MARGIN;
    }
  }

  title(text: string, subtitle: string): void {
    this.doc.font('Helvetica-Bold').fontSize(20).text(text, MARGIN, this.y, { width: this.width });
    this.y = this.doc.y + 4;
    this.doc.font('Helvetica').fontSize(10).text(subtitle, MARGIN, this.y, { width: this.width });
    this.y = this.doc.y + 14;
  }

  heading(text: string): void {
    this.ensureSpace(KEEP_WITH_HEADING);
    this.doc.font('Helvetica-Bold').fontSize(14).text(text, MARGIN, this.y, { width: this.width });
    this.y = this.doc.y + 6;
  }

  paragraph(text: string): void {
    this.ensureSpace(20);
    this.doc.font('Helvetica').fontSize(10).text(text, MARGIN, this.y, { width: this.width });
    this.y = this.doc.y + 8;
  }

  /** Label–value lines (a label column in bold), e.g. the parties of an invoice basis. */
  facts(rows: readonly (readonly [string, string])[], labelWidth = 150): void {
    const columns: PdfColumn[] = [
      { header: '', width: labelWidth },
      { header: '', width: this.width - labelWidth },
    ];
    this.ensureSpace(ROW_HEIGHT * Math.min(rows.length, 4));
    for (const [label, value] of rows) {
      this.ensureSpace(ROW_HEIGHT);
      this.doc
        .font('Helvetica-Bold')
        .fontSize(9)
        .text(this.fit(label, labelWidth - 6), MARGIN + 2, this.y + 4, { lineBreak: false });
      this.doc
        .font('Helvetica')
        .text(this.fit(value, (columns[1]?.width ?? 0) - 6), MARGIN + labelWidth + 2, this.y + 4, { lineBreak: false });
      this.y += ROW_HEIGHT;
    }
    this.y += 8;
  }

  /** A row's height: one line, or as many as its wrapping cells need. */
  private rowHeight(columns: readonly PdfColumn[], cells: readonly string[], bold: boolean): number {
    this.doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const lines = columns.map((column, i) => (column.wrap ? this.doc.heightOfString(cells[i] ?? '', { width: column.width - 4 }) + 8 : 0));
    return Math.max(ROW_HEIGHT, ...lines);
  }

  private row(columns: readonly PdfColumn[], cells: readonly string[], bold: boolean): void {
    const height = this.rowHeight(columns, cells, bold);
    this.ensureSpace(height);
    this.doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    let x = MARGIN;
    columns.forEach((column, i) => {
      const width = column.width - 4;
      const align = column.align ?? 'left';
      if (column.wrap) this.doc.text(cells[i] ?? '', x + 2, this.y + 4, { width, align });
      else this.doc.text(this.fit(cells[i] ?? '', column.width - 6), x + 2, this.y + 4, { width, align, lineBreak: false });
      x += column.width;
    });
    this.y += height;
  }

  /** The text cut with an ellipsis so it fits on one line of the given width in the current font. */
  private fit(text: string, width: number): string {
    if (this.doc.widthOfString(text) <= width) return text;
    let cut = text;
    while (cut.length > 1 && this.doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  private rule(columns: readonly PdfColumn[]): void {
    const total = columns.reduce((s, c) => s + c.width, 0);
    this.doc
      .moveTo(MARGIN, this.y)
      .lineTo(MARGIN + total, this.y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
  }

  /** A table with a bold header, thin rules and an optional bold total row; repeats the header on a new page. */
  table(columns: readonly PdfColumn[], rows: readonly string[][], total?: readonly string[]): void {
    // a header is never cut: it wraps onto a second line when the column is narrow ("Own representatives")
    const headers = columns.map((c) => ({ ...c, wrap: true }));
    this.ensureSpace(ROW_HEIGHT * 3);
    this.row(
      headers,
      columns.map((c) => c.header),
      true,
    );
    this.rule(columns);
    rows.forEach((cells, i) => {
      // the last row keeps its total row with it, so a total never starts a page alone
      const height = this.rowHeight(columns, cells, false);
      const needed = total && i === rows.length - 1 ? height + ROW_HEIGHT + 2 : height;
      if (this.y + needed > this.doc.page.height - MARGIN) {
        this.ensureSpace(ROW_HEIGHT + height);
        this.row(
          headers,
          columns.map((c) => c.header),
          true,
        );
        this.rule(columns);
      }
      this.row(columns, cells, false);
    });
    if (total) {
      this.rule(columns);
      this.row(columns, total, true);
    }
    this.y += 10;
  }

  /** Vertical bars with the value above each bar and the label below; drawn with vector primitives. */
  barChart(labels: readonly string[], values: readonly number[], valueText: (v: number) => string): void {
    const height = 150;
    this.ensureSpace(height + 50);
    const top = this.y + 14;
    const max = Math.max(...values, 0) || 1;
    const slot = this.width / Math.max(labels.length, 1);
    const barWidth = slot * 0.6;
    this.doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + this.width, top + height)
      .lineWidth(0.8)
      .strokeColor(INK)
      .stroke();
    values.forEach((value, i) => {
      const barHeight = (value / max) * (height - 10);
      const x = MARGIN + i * slot + (slot - barWidth) / 2;
      if (barHeight > 0)
        this.doc
          .rect(x, top + height - barHeight, barWidth, barHeight)
          .fillColor(BAR)
          .fill();
      this.doc.fillColor(INK).font('Helvetica').fontSize(7);
      this.doc.text(valueText(value), x - 6, top + height - barHeight - 10, { width: barWidth + 12, align: 'center', lineBreak: false });
      this.doc.fontSize(8).text(labels[i] ?? '', x - 6, top + height + 4, { width: barWidth + 12, align: 'center', lineBreak: false });
    });
    this.y = top + height + 24;
  }

  private writeFooters(footer: (page: number, pages: number) => string): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0; // writing below the bottom margin must not start a new page
      this.doc.font('Helvetica').fontSize(8).fillColor(INK);
      this.doc.text(footer(i - range.start + 1, range.count), MARGIN, this.doc.page.height - MARGIN + 18, {
        width: this.width,
        align: 'center',
        lineBreak: false,
      });
      this.doc.page.margins.bottom = bottom;
    }
  }

  /** Finishes the document and returns its bytes. */
  async finish(): Promise<Buffer> {
    if (this.footer !== null) this.writeFooters(this.footer);
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.doc.end();
    return done;
  }
}
