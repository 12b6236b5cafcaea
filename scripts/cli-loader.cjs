#!/usr/bin/env node
// The armoedetoets command as installed (package.json "bin"): runs the bundle beside it (armoedetoets.cjs,
// made by scripts/bundle-cli.ts) with V8's code cache from the build (armoedetoets.cjs.cache), so a
// call skips compiling what the build's own run compiled. A cache made by another Node version or
// V8 flags is rejected by V8 itself; the bundle then compiles as usual, only slower.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, 'armoedetoets.cjs');
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined; // not built with a cache: compile as usual
}
// The bundle has no import(): a vm.Script would need an experimental option for it (build-checked).
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
// Only the build writes the cache (after its own run, so it holds what that run compiled): an
// installed package is never written to at run time.
if (process.env.ARMOEDETOETS_WRITE_CODE_CACHE === '1') process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
const module_ = { exports: {} };
script.runInThisContext().call(module_.exports, module_.exports, createRequire(file), module_, file, __dirname);
