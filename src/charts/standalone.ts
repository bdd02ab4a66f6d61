// Title, subtitle and source line drawn inside the SVG, for a chart used outside a page (a download),
// where no <figure> around it carries them.
import { FONT_SIZE, textWidth } from './theme.ts';
import type { ChartOptions } from './types.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Greedy line breaking on the width estimate: CJK may break anywhere, Latin text at spaces. */
function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Title and subtitle above, source line below, for an SVG that must stand on its own. */
export function addStandaloneText(svg: Element, document: Document, options: ChartOptions, width: number, height: number): number {
  const create = (name: string) => document.createElementNS(SVG_NS, name) as Element;
  const body = create('g');
  for (const child of [...svg.childNodes]) {
    const name = (child as Element).localName;
    if (name !== 'style' && name !== 'title' && name !== 'desc') body.appendChild(child);
  }
  let y = 0;
  const lines = (text: string, size: number, attrs: Record<string, string>) => {
    for (const line of wrap(text, width - 8, size)) {
      y += Math.round(size * 1.35);
      const t = create('text');
      t.setAttribute('x', '0');
      t.setAttribute('y', String(y - Math.round(size * 0.3)));
      t.setAttribute('font-size', String(size));
      t.setAttribute('text-anchor', 'start');
      for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, v);
      t.textContent = line;
      svg.appendChild(t);
    }
  };
  lines(options.title, 15, { 'font-weight': 'bold' });
  if (options.subtitle) lines(options.subtitle, FONT_SIZE, {});
  y += 6;
  body.setAttribute('transform', `translate(0,${y})`);
  svg.appendChild(body);
  y += height + 4;
  if (options.source) lines(options.source, 11, { 'fill-opacity': '0.75' });
  return y + 4;
}
