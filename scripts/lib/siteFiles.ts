// The built site as files and as the URLs a static host serves them under (trailingSlash 'always',
// build.format 'directory': /regions/220300/ is regions/220300/index.html).
import { readdirSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** Every file under `dir`, as sorted '/'-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a file is served at: 'en/about/index.html' -> '/en/about/', '404.html' -> '/404.html'. */
export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The file a URL path names, before checking it exists: '/en/about/' -> 'en/about/index.html'. */
export function fileOfUrl(pathname: string): string {
  const path = posix.normalize(decodeURIComponent(pathname));
  if (!path.startsWith('/')) throw new Error(`fileOfUrl: "${pathname}" is not an absolute path`);
  return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}

export interface HtmlPage {
  file: string; // relative to the site directory
  url: string; // the path it is served at
}

export function htmlPages(dir: string): HtmlPage[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, url: urlOfFile(file) }));
}
