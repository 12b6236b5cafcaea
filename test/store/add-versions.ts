// Child process of sqlite.test.ts: saves N versions of one dossier in the SQLite database of DATA_DIR
// and prints their numbers, comma-separated.
// Both processes start saving at START_AT (ms since the epoch), so that their saves overlap.
//   node --import tsx test/store/add-versions.ts DATA_DIR ORG_ID DOSSIER_ID AUTHOR_ID N START_AT
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../../src/store/open.js';

const [dataDir, orgId, dossierId, authorId, n, startAt] = process.argv.slice(2) as [string, string, string, string, string, string];
const store = await openStore({ databaseUrl: null, dataDir });
await sleep(Math.max(0, Number(startAt) - Date.now()));
const numbers: number[] = [];
for (let i = 0; i < Number(n); i++) {
  numbers.push((await store.versions.add({ orgId, dossierId, input: `{"pid":${process.pid},"i":${i}}`, authorId })).number);
}
await store.close();
process.stdout.write(numbers.join(','));
