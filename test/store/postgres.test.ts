// The storage suite on PostgreSQL, in a schema of its own on TEST_DATABASE_URL; skipped with a message
// when that is not set (scripts/with-postgres.sh sets it, and .ci/run uses it).
import { postgresHarness } from './harness.js';
import { storeSuite } from './suite.js';

const url = process.env['TEST_DATABASE_URL'];

describe('store on PostgreSQL', function () {
  before(function () {
    if (url) return;
    if (process.env['CI']) throw new Error('CI has no TEST_DATABASE_URL: .ci/run should run the tests inside scripts/with-postgres.sh');
    // eslint-disable-next-line no-console
    console.log('      PostgreSQL-tests overgeslagen: TEST_DATABASE_URL is niet gezet');
    this.skip();
  });

  storeSuite(() => postgresHarness(url as string));
});
