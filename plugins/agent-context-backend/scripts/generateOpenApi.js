// Writes src/schema/openapi.generated.ts from src/schema/openapi.yaml: the
// typed router needs the document as a TypeScript `as const` object, and
// the YAML stays the source people read and edit.
const { readFileSync, writeFileSync } = require('node:fs');
const { resolve } = require('node:path');
const YAML = require('yaml');
const prettier = require('prettier');

const dir = resolve(__dirname, '../src/schema');
const doc = YAML.parse(readFileSync(resolve(dir, 'openapi.yaml'), 'utf8'));
const target = resolve(dir, 'openapi.generated.ts');
const source = `// Generated from openapi.yaml by \`yarn --cwd plugins/agent-context-backend generate\`.
// Do not edit: edit openapi.yaml; openapi.test.ts fails when the two differ.

export const spec = ${JSON.stringify(doc, null, 2)} as const;
`;
// Formatted like the rest of the code, so regenerating changes nothing else.
prettier
  .resolveConfig(target)
  .then(options => prettier.format(source, { ...options, filepath: target }))
  .then(formatted => writeFileSync(target, formatted));
