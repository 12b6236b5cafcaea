// One assessment worker thread of the server's pool (./pool.ts): loads the shipped rules once, then runs
// the tasks it is sent (./tasks.ts) one at a time and answers each with its result or its error as data.
// JSON bytes are transferred to the main thread, not copied.
import { parentPort } from 'node:worker_threads';
import { defaultRuleset } from '../../ruleset/load.js';
import { RulesetCache } from '../services/rulesets.js';
import { tasks, toWire, type TaskName } from './tasks.js';

const port = parentPort;
if (!port) throw new Error('assess-worker: runs as a worker thread of the server (src/server/workers/pool.ts)');
defaultRuleset(); // read once per thread, before the first request
const run = tasks(new RulesetCache());

port.on('message', (m: { id: number; task: TaskName; job: never }) => {
  void (async () => {
    try {
      const value: unknown = await run[m.task](m.job);
      port.postMessage({ id: m.id, ok: true, value }, value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : []);
    } catch (e) {
      port.postMessage({ id: m.id, ok: false, error: toWire(e) });
    }
  })();
});
port.postMessage({ ready: true });
