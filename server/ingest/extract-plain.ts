// Stage 1 for plain text: the text as it is, cut into headings, paragraphs and list items by its lines.
import type { ExtractedText, TextBlock } from './text-blocks.ts';

/** Bullets and numbered or lettered list markers at the start of a line. */
const listMarker = /^[ \t]*(?:[•▪◦‣∙·*–-]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))[ \t]+/;
const markdownHeading = /^[ \t]*#{1,6}[ \t]+/;

export function extractPlainText(raw: string): ExtractedText {
  const text = raw.replace(/^\uFEFF/, '');
  const blocks: TextBlock[] = [];
  let open: TextBlock | undefined;
  const close = () => {
    if (open && open.end > open.start) blocks.push(open);
    open = undefined;
  };
  let lineStart = 0;
  // Ends at the last line: the one with no line end after it.
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const trimmedEnd = lineStart + line.trimEnd().length;
    if (line.trim() === '') {
      close();
    } else {
      const heading = markdownHeading.exec(line);
      const item = heading ? null : listMarker.exec(line);
      if (heading) {
        close();
        // Through `close`, so a line of hashes alone ("## ") is no heading.
        open = { kind: 'heading', start: lineStart + heading[0].length, end: trimmedEnd };
        close();
      } else if (item) {
        close();
        open = { kind: 'item', start: lineStart + item[0].length, end: trimmedEnd };
      } else if (open) {
        open.end = trimmedEnd;
      } else {
        open = { kind: 'paragraph', start: lineStart + (line.length - line.trimStart().length), end: trimmedEnd };
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  close();
  return { format: 'text', text, blocks };
}
