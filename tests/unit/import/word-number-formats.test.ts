import { expect, test } from 'vitest';
import { formatCounter } from '../../../src/lib/import/word-number-formats.ts';

test.each([
  { format: 'decimal', value: 12, expected: '12' },
  { format: 'decimalZero', value: 7, expected: '07' },
  { format: 'decimalZero', value: 12, expected: '12' },
  { format: 'lowerLetter', value: 1, expected: 'a' },
  { format: 'lowerLetter', value: 26, expected: 'z' },
  // Word repeats the letter after z: aa, bb, … (not ab).
  { format: 'lowerLetter', value: 27, expected: 'aa' },
  { format: 'lowerLetter', value: 54, expected: 'bbb' },
  { format: 'upperLetter', value: 3, expected: 'C' },
  { format: 'lowerRoman', value: 4, expected: 'iv' },
  { format: 'lowerRoman', value: 14, expected: 'xiv' },
  { format: 'upperRoman', value: 1999, expected: 'MCMXCIX' },
  { format: 'lowerRoman', value: 0, expected: '0' },
  { format: 'none', value: 3, expected: '' },
  { format: 'ordinal', value: 2, expected: '2.' },
  // A format the table does not know is written as a decimal number, as Word falls back to.
  { format: 'japaneseCounting', value: 5, expected: '5' },
])('writes $value in $format as «$expected»', ({ format, value, expected }) => {
  expect(formatCounter(format, value)).toBe(expected);
});
