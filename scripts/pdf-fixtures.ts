// `node scripts/pdf-fixtures.ts [pdf-<case> …]`: prints the PDF import's fixtures,
// tests/fixtures/import/pdf-<case>/input.html, to input.pdf through Chromium (A4, margins as a word
// processor's; a running footer where the file has one in <template id="footer">), so that
// tests/unit/import/pdf.test.ts reads real Chromium PDFs without a browser.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/browser.ts';

const dir = fileURLToPath(new URL('../tests/fixtures/import', import.meta.url));
const wanted = process.argv.slice(2);
const cases = readdirSync(dir).filter(
  (name) => name.startsWith('pdf-') && (wanted.length === 0 || wanted.includes(name)),
);

const browser = await launchChromium();
try {
  for (const name of cases) {
    const html = readFileSync(join(dir, name, 'input.html'), 'utf8');
    const footer = /<template id="footer">([\s\S]*?)<\/template>/u.exec(html)?.[1];
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '25mm', bottom: '25mm', left: '25mm', right: '25mm' },
      ...(footer ? { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer } : {}),
    });
    await page.close();
    writeFileSync(join(dir, name, 'input.pdf'), pdf);
    console.log(`${name}/input.pdf`);
  }
} finally {
  await browser.close();
}
