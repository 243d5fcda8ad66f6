// compromise.js - the peer in bench/speed.py --peer: reads the list of files
// given as argv[2] and runs compromise's people/places/organizations on each.
const fs = require('fs');
const nlp = require('compromise');
const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let n = 0;
for (const f of files) {
  const doc = nlp(fs.readFileSync(f, 'utf8'));
  n += doc.people().length + doc.places().length + doc.organizations().length;
}
process.stdout.write(`${files.length} files, ${n} entities\n`);
