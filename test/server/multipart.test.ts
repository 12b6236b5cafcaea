// The multipart form parser of the pages' uploads (src/server/http/multipart.ts): fields as a form's,
// files as bytes with their bare name, and a body that is not multipart refused.
import { expect } from 'chai';
import { parseMultipart } from '../../src/server/http/multipart.js';

const part = (headers: string, body: string | Buffer): Buffer => Buffer.concat([Buffer.from(`${headers}\r\n\r\n`), Buffer.from(body)]);

function body(boundary: string, parts: Buffer[]): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) chunks.push(Buffer.from(`--${boundary}\r\n`), p, Buffer.from('\r\n'));
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

describe('multipart form posts', () => {
  it('reads text fields (repeated ones as a list) and files with their bare name and exact bytes', () => {
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x6b, 0x3a, 0x0d, 0x0a, 0x00, 0xff]);
    const parsed = parseMultipart(
      body('XyZ', [
        part('Content-Disposition: form-data; name="_csrf"', 'token'),
        part('Content-Disposition: form-data; name="kind"', 'proposal'),
        part('Content-Disposition: form-data; name="kind"', 'service-audit'),
        part('Content-Disposition: form-data; name="title"', 'Één\r\ntwee'),
        part('Content-Disposition: form-data; name="file"; filename="C:\\\\map\\\\zwembad.yaml"\r\nContent-Type: application/yaml', bytes),
        part('Content-Disposition: form-data; name="empty"; filename=""\r\nContent-Type: application/octet-stream', ''),
      ]),
      'XyZ',
    );
    expect(parsed?.fields).to.deep.equal({ _csrf: 'token', kind: ['proposal', 'service-audit'], title: 'Één\r\ntwee' });
    expect(parsed?.files.map((f) => [f.field, f.filename])).to.deep.equal([
      ['file', 'zwembad.yaml'],
      ['empty', ''],
    ]);
    expect(Buffer.from(parsed?.files[0]?.bytes ?? []).equals(bytes)).to.equal(true);
  });

  it('refuses a body without its boundary, or cut off', () => {
    expect(parseMultipart(Buffer.from('kind=proposal'), 'XyZ')).to.equal(undefined);
    const whole = body('XyZ', [part('Content-Disposition: form-data; name="a"', '1')]);
    expect(parseMultipart(whole.subarray(0, whole.length - 12), 'XyZ')).to.equal(undefined);
  });
});
