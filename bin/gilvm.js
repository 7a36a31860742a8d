#!/usr/bin/env node
// The `gilvm` command: loads the compiled CLI from dist/ (built by `npm run build`,
// which `npm install` runs through `prepare`).
import { main } from '../dist/src/cli/main.js';
main(process.argv.slice(2));
