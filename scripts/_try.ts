import { readFileSync } from 'node:fs';
import { loadGazetteer } from './pipeline/gazetteerData.ts';
import { loadRegions } from './pipeline/reference.ts';
import { findPlaces } from './pipeline/places.ts';
const g = loadGazetteer(loadRegions('data/regions.csv'));
const seeds: Record<string, [string, string]> = { 'anshun-2023': ['520400', '2024-01-15'], 'jilin-2021': ['220000', '2022-01-20'], 'lanxi-2023-plan': ['231222', '2023-03-01'], 'siping-2017': ['220300', '2017-12-31'], 'siping-2022': ['220300', '2022-12-31'] };
for (const [id, [region, date]] of Object.entries(seeds)) {
  const text = readFileSync(`data/reports/${id}.txt`, 'utf8');
  const t0 = performance.now();
  const hits = findPlaces(text, g, { region, date });
  const ms = performance.now() - t0;
  const agg = new Map<string, number>();
  for (const h of hits) { const k = `${h.status}:${h.text}:${h.code}${h.place ? h.place.name : ''}`; agg.set(k, (agg.get(k) ?? 0) + 1); }
  console.log(`== ${id} ${Math.round(ms)}ms`, [...agg].map(([k, n]) => `${k}×${n}`).join('  '));
}
