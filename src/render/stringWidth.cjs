// string-width, as cli-table3 gets it in the bundle (scripts/build.mjs): the same answers, faster.
// cli-table3 measures each cell many times (it even cuts every cell to 10 columns, a character at a
// time, for a debug message it does not print), and string-width builds two regular expressions (one
// of them some 10 kB of emoji) at every call: most of the time a small table takes to draw.
// Characters from blocks that hold no emoji and no escape codes are counted here, one column or two, as
// string-width counts them (tests/stringWidth.test.ts holds the two to the same answers); text with any
// other character is measured by string-width itself, once.
'use strict';
const stringWidth = require('string-width/index.js');

/** Columns of a character from an emoji-free block, or 0 when string-width must decide. */
function columns(c) {
  if (c >= 0x20 && c <= 0x7e) return 1; // ASCII
  if ((c >= 0xa0 && c <= 0xa8) || (c >= 0xaa && c <= 0xad) || (c >= 0xaf && c <= 0x2ff)) return 1; // Latin (not © ®)
  if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x203b) || (c >= 0x2070 && c <= 0x209f)) return 1; // punctuation, sub- and superscripts
  if (c >= 0x2500 && c <= 0x257f) return 1; // box drawing
  if ((c >= 0x3000 && c <= 0x303e) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) return 2; // CJK
  return 0;
}

const widths = new Map();

module.exports = function fastStringWidth(text) {
  if (typeof text !== 'string') return stringWidth(text);
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const n = columns(text.charCodeAt(i));
    if (n === 0) {
      width = widths.get(text);
      if (width === undefined) widths.set(text, (width = stringWidth(text)));
      return width;
    }
    width += n;
  }
  return width;
};
