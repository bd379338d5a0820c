/**
 * @module ingest/normalize
 * The last textual clean-up before offsets are fixed: Unicode NFC, one newline convention, no NUL
 * or control characters, no blanks at line ends, at most one blank line between paragraphs. The result
 * is the `text` every later offset refers to, so this runs once and never after.
 */

export interface Normalized {
  text: string;
  /** How many control characters were dropped (NUL, C0 other than tab/newline, C1, stray BOMs). */
  controls: number;
}

// C0 except \t \n (\r and \f are handled before), DEL, C1, BOM/ZWNBSP, and the interlinear/object
// replacement marks; zero-width (non-)joiners are kept, Arabic and Persian spelling needs them.
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F-\x9F\uFEFF\uFFF9-\uFFFC]/g;

export function normalizeText(input: string): Normalized {
  let controls = 0;
  const text = input
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\f]/g, '\n')
    .replace(CONTROL, () => {
      controls++;
      return '';
    })
    .replace(/^[ \t\u00A0]+|[ \t\u00A0]+$/gm, '') // leading and trailing blanks of each line
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
  return { text, controls };
}
