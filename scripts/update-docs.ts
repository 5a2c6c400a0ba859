import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderModelDocs } from './render-model-docs';
import { writeJsonSchema } from './write-json-schema';

// `npm run docs`: regenerate the tables of docs/model.md from the catalogue (a test checks they agree).
const path = join(__dirname, '..', 'docs', 'model.md');
writeFileSync(path, renderModelDocs(readFileSync(path, 'utf8')));
console.log(`Updated ${path}`);
console.log(`Updated ${writeJsonSchema()}`);
