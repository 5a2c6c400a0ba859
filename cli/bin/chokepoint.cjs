#!/usr/bin/env node
'use strict';
// The installed `chokepoint` command: the bundled build when present (npm run build:cli),
// otherwise the TypeScript sources through tsx (a development checkout).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', '..', 'dist', 'cli', 'chokepoint.cjs');
if (fs.existsSync(bundle)) {
  require(bundle);
} else {
  require('tsx/cjs');
  require(path.join(__dirname, '..', 'chokepoint.ts'));
}
