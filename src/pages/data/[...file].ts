// Every download under /data/ is the repository's own file, byte for byte: the site reads data one way.
import type { APIRoute } from 'astro';
import { dataFile, dataFiles } from '../../lib/queries/data.ts';

export function getStaticPaths() {
  return dataFiles().map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(dataFile(String(params.file))));
