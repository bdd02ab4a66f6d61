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

// Results come a page at a time: the first as soon as the reader stops typing, the rest on request.
const PAGE = 20;
const TYPING_PAUSE_MS = 200;
const form = document.querySelector<HTMLFormElement>('form.search');
const input = document.querySelector<HTMLInputElement>('#search-q');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');

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

// The query being shown: its results and how many are listed. A newer query replaces it, and a page of an
// older one that arrives late is dropped.
let current: { q: string; results: { data(): Promise<PagefindHit> }[]; shown: number } | null = null;

async function showMore(): Promise<void> {
  const view = current;
  if (!view || !list || !statusLine) return;
  const next = view.results.slice(view.shown, view.shown + PAGE);
  const hits = await Promise.all(next.map((r) => r.data()));
  if (current !== view) return;
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
  view.shown += next.length;
  if (more) more.hidden = view.shown >= view.results.length;
}

async function run(q: string): Promise<void> {
  if (!statusLine || !list) return;
  if (current?.q === q) return;
  list.replaceChildren();
  if (more) more.hidden = true;
  current = null;
  if (!q.trim()) { statusLine.textContent = ''; return; }
  try {
    const found = await (await load()).search(q);
    if (input && input.value !== q) return; // the reader has typed on: that query will run
    current = { q, results: found.results, shown: 0 };
    statusLine.textContent = found.results.length === 0 ? (statusLine.dataset.none ?? '') : (statusLine.dataset.count ?? '').replace('{n}', String(found.results.length));
    await showMore();
  } catch (e) {
    console.error('search:', e);
    statusLine.textContent = statusLine.dataset.error ?? '';
  }
}

/** The query in the address, so that a search can be shared and Back returns to it. */
function remember(q: string): void {
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
}

if (form && input) {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  void run(q);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { remember(input.value); void run(input.value); }, TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    void run(input.value);
  });
  more?.addEventListener('click', () => void showMore());
}
