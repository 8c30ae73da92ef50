#!/usr/bin/env node
// The `gongwen` command. Runs the bundled CLI (dist/node/cli.cjs); builds it first on a fresh
// checkout so `npx gongwen …` works straight after `npm ci`.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
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
