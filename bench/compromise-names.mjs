// The comparison for `graph extract`'s speed (bench/extract-speed.sh): compromise, a JavaScript NLP library,
// finds the people, places and organisations of every file under the given folders and prints one JSON line per
// file, as `graph extract` prints one per article. Needs `npm install compromise@14` where it runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      yield* files(path);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}

const lines = [];
for (const folder of process.argv.slice(2)) {
  for (const path of files(folder)) {
    const doc = nlp(readFileSync(path, 'utf8'));
    lines.push(JSON.stringify({
      source: path,
      people: doc.people().out('array'),
      places: doc.places().out('array'),
      organizations: doc.organizations().out('array'),
    }));
    if (lines.length >= 64) {
      process.stdout.write(lines.join('\n') + '\n');
      lines.length = 0;
    }
  }
}
process.stdout.write(lines.length > 0 ? lines.join('\n') + '\n' : '');
