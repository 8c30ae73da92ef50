#!/usr/bin/env node
// The `gongwen` command (`npm link` or a global install puts it on PATH). Runs the bundled CLI
// (dist/node/cli.cjs, which loads one command's bundle); builds it first on a fresh checkout so
// `gongwen …` works straight after `npm ci`. Kept to what every start needs: it is on the clock.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
// V8's compiled code for the bundles, kept on disk between runs (Node 22): a command's bundle is
// then loaded instead of compiled again.
require('node:module').enableCompileCache?.();
const root = path.resolve(__dirname, '..');
const bundle = path.join(root, 'dist', 'node', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  require('node:child_process').execFileSync(process.execPath, [path.join(root, 'scripts', 'build-main.mjs')], { stdio: 'ignore' });
}
const { runCli } = require(bundle);
const io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), cwd: process.cwd() };
runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
