#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx ittc` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  isTty: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
