// The app around the routes: health probes, the error envelope for express's own errors, languages,
// security headers, hostile text, the body limit, and the public rate limit shared by instances.
import { expect } from 'chai';
import { MAX_INPUT_BYTES } from '../../src/validation/parse.js';
import { allRoutes, MAX_BODY_BYTES } from '../../src/server/app.js';
import type { AppDeps, RouteSpec } from '../../src/server/context.js';
import { Fields } from '../../src/server/http/fields.js';
import type { Store } from '../../src/store/types.js';
import { backends, Client, startTestServer, type TestServer } from './harness.js';

function withTestRoutes(deps: AppDeps): RouteSpec[] {
  return [
    ...allRoutes(deps),
    {
      method: 'post',
      path: '/api/v1/echo',
      access: 'public',
      summary: 'echo',
      handler: async (req, res, ctx) => {
        const f = new Fields(req.body, ctx.lang);
        const name = f.text('name', { max: 10_000 });
        f.done();
        res.json({ name });
      },
    },
    {
      method: 'post',
      path: '/api/v1/size',
      access: 'public',
      summary: 'size',
      handler: async (req, res) => {
        res.json({ chars: JSON.stringify(req.body).length });
      },
    },
    {
      method: 'get',
      path: '/api/v1/boom',
      access: 'public',
      summary: 'a bug',
      handler: async () => {
        throw new Error('secret detail in /srv/app/src/x.ts:12');
      },
    },
  ];
}

for (const backend of backends()) {
  describe(`server app (${backend.name})`, function () {
    let t: TestServer;
    let c: Client;
    before(async () => {
      t = await startTestServer(backend, { routes: withTestRoutes, env: { PUBLIC_RATE_LIMIT: '0' } });
      c = new Client(t.url);
    });
    after(() => t.close());

    it('answers /healthz and /readyz', async () => {
      expect((await c.get('/healthz')).body).to.deep.equal({ status: 'ok' });
      const ready = await c.get('/readyz');
      expect(ready.status).to.equal(200);
      expect(ready.body).to.deep.equal({ status: 'ready' });
    });

    it('is not ready with a migration pending or a database that does not answer', async () => {
      for (const fault of [
        (s: Store): Store => ({ ...s, pendingMigrations: async () => ['9999_next'] }),
        (s: Store): Store => ({ ...s, ping: async () => Promise.reject(new Error('connection refused')) }),
      ]) {
        const u = await startTestServer(backend, { store: fault });
        try {
          const r = await new Client(u.url).get('/readyz');
          expect(r.status).to.equal(503);
          expect(r.body.error.code).to.equal('UNAVAILABLE');
          expect((await new Client(u.url).get('/healthz')).status).to.equal(200);
        } finally {
          await u.close();
        }
      }
    });

    it('answers an oversized body with 413 PAYLOAD_TOO_LARGE in the envelope', async () => {
      const r = await c.send('POST', '/api/v1/size', { raw: JSON.stringify({ x: 'a'.repeat(MAX_BODY_BYTES) }) });
      expect(r.status).to.equal(413);
      expect(r.body.error.code).to.equal('PAYLOAD_TOO_LARGE');
      expect(r.body.error.message).to.equal(`Het verzoek is te groot: hoogstens ${MAX_BODY_BYTES} bytes.`);
    });

    it('lets a body as large as the CLI accepts an input through, with room for JSON escaping', async () => {
      const text = '"é"\n'.repeat(MAX_INPUT_BYTES / 6); // ~1 MiB of text, far more once escaped in JSON
      const r = await c.send('POST', '/api/v1/size', { raw: JSON.stringify({ input: text }) });
      expect(r.status).to.equal(200);
    });

    it('answers malformed JSON with 400 INPUT_SYNTAX, and a wrong field with its name', async () => {
      const r = await c.send('POST', '/api/v1/echo', { raw: '{"name": "x",' });
      expect(r.status).to.equal(400);
      expect(r.body.error.code).to.equal('INPUT_SYNTAX');
      expect(r.body.error.message).to.match(/^Geen geldige JSON: .*ontbreekt er een \} of \]/);
      // A key twice is refused with its path, as in an input file, rather than the last one winning.
      const dup = await c.send('POST', '/api/v1/echo', { raw: '{"name": "a",\n "name": "b"}' });
      expect(dup.status).to.equal(400);
      expect(dup.body.error.code).to.equal('INPUT_SYNTAX');
      expect(dup.body.error.message).to.include('name').and.to.include('2');
      const wrong = await c.post('/api/v1/echo', { name: 42 });
      expect(wrong.body.error.issues).to.deep.equal([{ path: 'name', message: 'moet tekst zijn' }]);
      const notObject = await c.send('POST', '/api/v1/echo', { raw: '[1,2]' });
      expect(notObject.status).to.equal(400);
      expect(notObject.body.error.code).to.equal('INPUT_INVALID');
    });

    it('speaks the request language: ?lang= first, then Accept-Language, else Dutch', async () => {
      const fr = await c.get('/api/v1/nergens', { headers: { 'accept-language': 'fr-BE,fr;q=0.9' } });
      expect(fr.body.error.message).to.equal('Introuvable.');
      const en = await c.get('/api/v1/nergens?lang=en', { headers: { 'accept-language': 'fr' } });
      expect(en.body.error.message).to.equal('Not found.');
      const bad = await c.get('/api/v1/nergens?lang=de');
      expect(bad.status).to.equal(400);
      expect(bad.body.error.issues).to.deep.equal([
        { path: 'lang', message: 'moet nl, fr of en zijn (of, voor een rapport, enkele na elkaar met een komma: fr,nl)' },
      ]);
      const field = await c.post('/api/v1/echo?lang=fr', { name: 42 });
      expect(field.body.error.message).to.equal('La requête contient 1 erreur.');
    });

    it('sends hostile text back as inert JSON (escaped <, nosniff), also in field paths', async () => {
      const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const r = await c.post('/api/v1/echo', { name: hostile });
      expect(r.status).to.equal(200);
      expect(r.headers.get('content-type')).to.equal('application/json; charset=utf-8');
      expect(r.headers.get('x-content-type-options')).to.equal('nosniff');
      expect(r.text).not.to.include('<');
      expect(r.body.name).to.equal(hostile);
      const key = await c.post('/api/v1/echo', { name: 'x', [hostile]: 1 });
      expect(key.status).to.equal(400);
      expect(key.text).not.to.include('<');
      expect(key.body.error.issues[0].path).to.equal(hostile);
    });

    it('sends security headers: a strict CSP, no framing, no referrer, no X-Powered-By, a request id', async () => {
      for (const path of ['/healthz', '/api/v1/nergens', '/api/v1/auth/me']) {
        const r = await c.get(path);
        const csp = r.headers.get('content-security-policy') ?? '';
        expect(csp).to.include("default-src 'none'").and.include("frame-ancestors 'none'").and.include("base-uri 'none'");
        expect(csp).not.to.include('script-src');
        expect(r.headers.get('x-frame-options')).to.equal('DENY');
        expect(r.headers.get('referrer-policy')).to.equal('no-referrer');
        expect(r.headers.get('x-powered-by')).to.equal(null);
        expect(r.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
      }
      expect((await c.get('/healthz', { headers: { 'x-request-id': 'lb-0123456789' } })).headers.get('x-request-id')).to.equal('lb-0123456789');
      expect((await c.get('/healthz', { headers: { 'x-request-id': 'bad id <value> "quoted"' } })).headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
    });

    it('answers a bug with 500 INTERNAL and the request id, never its detail or a stack', async () => {
      const r = await c.get('/api/v1/boom');
      expect(r.status).to.equal(500);
      expect(r.body.error.code).to.equal('INTERNAL');
      expect(r.body.error.message).to.include(r.headers.get('x-request-id') as string);
      expect(r.text).not.to.match(/secret detail|\/srv\/|at .*\.ts/);
    });

    it('rate-limits public routes per address across instances on one database (429 with Retry-After)', async () => {
      const u = await startTestServer(backend, { routes: withTestRoutes, env: { PUBLIC_RATE_LIMIT: '3' } });
      try {
        const b = await u.another();
        const one = new Client(u.url);
        const two = new Client(b.url);
        const from = { headers: { 'x-forwarded-for': '192.0.2.44' } };
        expect((await one.post('/api/v1/echo', { name: 'a' }, from)).status).to.equal(200);
        expect((await two.post('/api/v1/echo', { name: 'b' }, from)).status).to.equal(200);
        expect((await one.post('/api/v1/echo', { name: 'c' }, from)).status).to.equal(200);
        const limited = await two.post('/api/v1/echo', { name: 'd' }, from);
        expect(limited.status).to.equal(429);
        expect(limited.body.error.code).to.equal('RATE_LIMITED');
        expect(Number(limited.headers.get('retry-after'))).to.be.within(1, 60);
        expect((await two.post('/api/v1/echo', { name: 'e' }, { headers: { 'x-forwarded-for': '192.0.2.45' } })).status).to.equal(200);
        // routes that need a login are not counted by this limit
        expect((await one.get('/api/v1/auth/me', from)).status).to.equal(401);
      } finally {
        await u.close();
      }
    });
  });
}
