// How Word writes a list or heading counter in each of its number formats (`w:numFmt`), one row
// each. A format not in the table is written as a decimal number, as Word falls back to.

const ROMAN: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(value: number): string {
  let rest = value;
  let out = '';
  for (const [size, letters] of ROMAN)
    while (rest >= size) {
      out += letters;
      rest -= size;
    }
  return out;
}

// Word's letters after z repeat the letter: 27 is `aa`, 53 is `aaa` (not `ab`, as a spreadsheet counts).
const letter = (value: number) =>
  'abcdefghijklmnopqrstuvwxyz'[(value - 1) % 26]!.repeat(Math.floor((value - 1) / 26) + 1);

/** Word's number formats: `w:numFmt`'s value → the counter as Word shows it. */
export const NUMBER_FORMATS: Record<string, (value: number) => string> = {
  decimal: (value) => String(value),
  decimalZero: (value) => String(value).padStart(2, '0'),
  lowerLetter: (value) => (value > 0 ? letter(value) : String(value)),
  upperLetter: (value) => (value > 0 ? letter(value).toUpperCase() : String(value)),
  lowerRoman: (value) => (value > 0 ? roman(value) : String(value)),
  upperRoman: (value) => (value > 0 ? roman(value).toUpperCase() : String(value)),
  ordinal: (value) => `${value}.`,
  none: () => '',
};

/** A counter written in a Word number format (decimal where the format is unknown). */
export function formatCounter(format: string, value: number): string {
  return (NUMBER_FORMATS[format] ?? NUMBER_FORMATS.decimal!)(value);
}
