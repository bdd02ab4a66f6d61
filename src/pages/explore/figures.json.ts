// /explore/figures.json: the explorer island's data (src/lib/explore/exploreData.ts), one file for both languages.
import type { APIRoute } from 'astro';
import { exploreData } from '../../lib/explore/exploreData.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(exploreData()), { headers: { 'Content-Type': 'application/json' } });
