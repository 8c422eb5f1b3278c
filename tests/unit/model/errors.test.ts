import { expect, test } from 'vitest';
import { GuidelineError, ImportError } from '../../../src/lib/model/errors.ts';
import { decodeUtf8 } from '../../../src/lib/parse/safety.ts';

test('a GuidelineError keeps what is wrong and how to fix it apart, and prints them as one line', () => {
  const error = new GuidelineError('content/guidelines/x.md', 12, 'the clause has no text', {
    hint: 'write its text under the heading',
  });
  expect(error.detail).toBe('the clause has no text');
  expect(error.hint).toBe('write its text under the heading');
  expect(error.message).toBe('content/guidelines/x.md:12: the clause has no text: write its text under the heading');
});

test('a GuidelineError with a column and no hint', () => {
  const error = new GuidelineError('x.md', 3, 'byte 0xE6 cannot stand here', { column: 7 });
  expect(error.hint).toBeUndefined();
  expect(error.column).toBe(7);
  expect(error.message).toBe('x.md:3:7: byte 0xE6 cannot stand here');
});

test('an ImportError keeps its hint apart too', () => {
  const error = new ImportError(
    'avtale.docx',
    'not a readable Word document (.docx)',
    'save it again from Word as .docx',
  );
  expect(error.file).toBe('avtale.docx');
  expect(error.detail).toBe('not a readable Word document (.docx)');
  expect(error.hint).toBe('save it again from Word as .docx');
  expect(error.message).toBe('avtale.docx: not a readable Word document (.docx): save it again from Word as .docx');
  expect(new ImportError('x.pdf', 'no such file').message).toBe('x.pdf: no such file');
});

test('the parser’s errors carry their hint: a UTF-16 file is told to be saved as UTF-8', () => {
  const thrown = (() => {
    try {
      decodeUtf8(new Uint8Array([0xff, 0xfe, 0x2d, 0x00]), 'x.md');
    } catch (error) {
      return error;
    }
  })();
  expect(thrown).toBeInstanceOf(GuidelineError);
  expect((thrown as GuidelineError).hint).toBe('save it as UTF-8');
  expect((thrown as GuidelineError).message).toBe(
    'x.md:1:1: the file is saved as UTF-16 ("Unicode" in Windows\' save dialogs): save it as UTF-8',
  );
});
