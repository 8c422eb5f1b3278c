/**
 * A minimal PDF whose trailer names a Standard security handler (RC4, revision 2) with a user
 * password: a real encrypted file, as far as any reader can tell, that no empty password opens.
 * Written by hand because no tool here encrypts PDFs (Chromium prints only unencrypted ones).
 */
export function encryptedPdf(): Uint8Array {
  const hex = (byte: number, length: number) =>
    Array.from({ length }, (_, i) => ((byte + i * 37) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(17, 32)}> /U <${hex(91, 32)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(3, 16)}> <${hex(3, 16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
