// Lints every .cypher file under cypher/ with Neo4j's own Cypher language support, against the graph's
// declared schema (cypher/schema.json): any error, or any warning (unknown label, relationship type,
// property key, a path the schema does not have, a deprecation), fails the run.
// Usage: node tools/cypher-lint/lint.mjs [repository root]
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
const cypherFolder = join(root, 'cypher');
const declared = JSON.parse(readFileSync(join(cypherFolder, 'schema.json'), 'utf8'));

const unique = (values) => [...new Set(values)].sort();
const dbSchema = {
  labels: declared.labels,
  relationshipTypes: declared.relationshipTypes,
  propertyKeys: unique([
    ...Object.values(declared.nodeProperties).flat(),
    ...Object.values(declared.relationshipProperties).flat(),
  ]),
  parameters: declared.parameters,
  graphSchema: declared.paths.map(({ from, to, relType }) => ({ from, to, relType })),
};

function* cypherFiles(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      yield* cypherFiles(path);
    } else if (entry.name.endsWith('.cypher')) {
      yield path;
    }
  }
}

const severityName = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
let files = 0;
let errors = 0;
let warnings = 0;
for (const file of [...cypherFiles(cypherFolder)].sort()) {
  files++;
  const text = readFileSync(file, 'utf8');
  const { diagnostics } = lintCypherQuery(text, dbSchema);
  for (const diagnostic of diagnostics) {
    const severity = severityName[diagnostic.severity] ?? `severity ${diagnostic.severity}`;
    if (diagnostic.severity === 1) errors++;
    else if (diagnostic.severity === 2) warnings++;
    const { line, character } = diagnostic.range.start;
    console.log(`${relative(root, file)}:${line + 1}:${character + 1}: ${severity}: ${diagnostic.message}`);
  }
}

console.log(`cypher-lint: ${files} files, ${errors} errors, ${warnings} warnings`);
if (files === 0) {
  console.log('cypher-lint: no .cypher file found under ' + cypherFolder);
  process.exit(1);
}
process.exit(errors + warnings > 0 ? 1 : 0);
