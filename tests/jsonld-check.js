// jsonld-check.js — does kgbuild's JSON-LD expand to exactly the triples of
// its N-Triples output?  Uses the jsonld package from npm (a JSON-LD 1.1
// processor written by others), in safe mode so that any triple dropped
// or changed while converting to RDF is an error, with a document loader
// that refuses every fetch (the context is inline; nothing may be loaded).
//   node tests/jsonld-check.js OUT.jsonld OUT.nt [ontology/context.jsonld]
// With the third argument, also checks that the output's @context is the
// shipped one.  Prints one line per check; exit 0 when all hold, 1 if not.
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

function isDeepEqual(a, b) {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

async function main() {
  const [jsonPath, ntPath, ctxPath] = process.argv.slice(2);
  const doc = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  const nt = fs.readFileSync(ntPath, 'utf8');
  const noLoad = async (url) => { throw new Error('refused to load ' + url); };
  let failed = 0;
  const check = (ok, what) => { console.log((ok ? 'ok: ' : 'FAIL: ') + what); if (!ok) failed++; };

  const fromJson = await jsonld.canonize(doc, {
    algorithm: 'URDNA2015', format: 'application/n-quads', documentLoader: noLoad, safe: true,
  });
  const fromNt = await jsonld.canonize(nt, {
    algorithm: 'URDNA2015', inputFormat: 'application/n-quads', format: 'application/n-quads',
  });
  const a = fromJson.split('\n').filter(Boolean), b = fromNt.split('\n').filter(Boolean);
  check(b.length > 0, `N-Triples has ${b.length} triples`);
  check(a.length === b.length, `JSON-LD gives ${a.length} triples, N-Triples ${b.length}`);
  const sa = new Set(a), sb = new Set(b);
  const onlyJ = a.filter((x) => !sb.has(x)), onlyN = b.filter((x) => !sa.has(x));
  for (const x of onlyJ.slice(0, 5)) console.log('  only in JSON-LD: ' + x);
  for (const x of onlyN.slice(0, 5)) console.log('  only in N-Triples: ' + x);
  check(onlyJ.length === 0 && onlyN.length === 0 && fromJson === fromNt,
        'canonical N-Quads of both are identical');

  const expanded = await jsonld.expand(doc, { documentLoader: noLoad, safe: true });
  check(Array.isArray(expanded) && expanded.length > 0, 'expands in safe mode');
  if (ctxPath) {
    const shipped = JSON.parse(fs.readFileSync(ctxPath, 'utf8'));
    check(isDeepEqual(doc['@context'], shipped['@context']),
          'the output\'s @context is the one shipped in ontology/context.jsonld');
  }
  process.exit(failed ? 1 : 0);
}
main().catch((e) => { console.log('FAIL: ' + (e && e.message ? e.message : e)); process.exit(1); });
