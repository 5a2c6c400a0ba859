import type PptxGenJS from 'pptxgenjs';
import { xmlSafeDeep, xmlSafeText } from '../text/xml-text';

/** The parts of a pptxgenjs slide the deck writes with. */
export type Slide = Pick<
  ReturnType<PptxGenJS['addSlide']>,
  'addText' | 'addTable' | 'addChart' | 'addShape' | 'addNotes'
>;

/**
 * A slide whose every text passes `xmlSafeDeep` before pptxgenjs writes it as XML (slides, chart parts
 * and the workbooks embedded in them): a control character in a scenario name would make the file
 * ill-formed, and PowerPoint refuses an ill-formed file whole. Every slide of the deck is written
 * through one, so no caller sanitises text of its own.
 */
export function xmlSafeSlide(slide: ReturnType<PptxGenJS['addSlide']>): Slide {
  return {
    addText: (text, options) => slide.addText(xmlSafeDeep(text), xmlSafeDeep(options)),
    addTable: (rows, options) => slide.addTable(xmlSafeDeep(rows), xmlSafeDeep(options)),
    addChart: (type, data, options) =>
      slide.addChart(xmlSafeDeep(type), xmlSafeDeep(data), xmlSafeDeep(options)),
    addShape: (shape, options) => slide.addShape(shape, xmlSafeDeep(options)),
    addNotes: (notes) => slide.addNotes(xmlSafeText(notes)),
  };
}
