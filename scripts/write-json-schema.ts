import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioFileJsonSchema } from '../shared/file-format/json-schema';

/** docs/chokepoint.schema.json as `npm run docs` writes it (a test checks the file agrees). */
export function jsonSchemaText(): string {
  return `${JSON.stringify(scenarioFileJsonSchema(), null, 2)}\n`;
}

export function writeJsonSchema(): string {
  const path = join(__dirname, '..', 'docs', 'chokepoint.schema.json');
  writeFileSync(path, jsonSchemaText());
  return path;
}
