// The search page's glue to pagefind: reads ?q=, asks the index of the page's language, lists the hits
// with their excerpts. Builds the DOM from text (only pagefind's <mark> survives), never from raw HTML.
interface PagefindHit {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<PagefindHit> }[] }>;
}

const MAX = 20;
const form = document.querySelector<HTMLFormElement>('form.search');
const input = document.querySelector<HTMLInputElement>('#search-q');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

/** pagefind's excerpt: escaped text with <mark> around the matches. */
function excerptNodes(excerpt: string): Node[] {
  const tpl = document.createElement('template');
  tpl.innerHTML = excerpt;
  return [...tpl.content.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      return m;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

let engine: Promise<Pagefind> | undefined;
const load = () => (engine ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<Pagefind>);

async function run(q: string): Promise<void> {
  if (!statusLine || !list) return;
  list.replaceChildren();
  if (!q.trim()) { statusLine.textContent = ''; return; }
  try {
    const found = await (await load()).search(q);
    const hits = await Promise.all(found.results.slice(0, MAX).map((r) => r.data()));
    statusLine.textContent = hits.length === 0 ? (statusLine.dataset.none ?? '') : (statusLine.dataset.count ?? '').replace('{n}', String(found.results.length));
    for (const hit of hits) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = hit.url;
      a.textContent = hit.meta.title ?? hit.url;
      const p = document.createElement('p');
      p.append(...excerptNodes(hit.excerpt));
      li.append(a, p);
      list.append(li);
    }
  } catch (e) {
    console.error('search:', e);
    statusLine.textContent = statusLine.dataset.error ?? '';
  }
}

if (form && input) {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  void run(q);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
}
