// How a chart reads to assistive technology. The root <svg> is a named group (role="group", not "img": the
// children of an img are presentational, so links inside one are focusable yet unnamed, which axe reports
// as nested-interactive). Inside, each figure is one named link: its value label. The shape drawn for the
// same figure links to the same source for the pointer, but is hidden and out of the tab order, so a
// keyboard or screen-reader user meets each figure once. Axis tick labels are hidden: the link names carry
// the row label.

/** Marks Plot's axis groups; call before Plot's aria-labels are removed, as they are how axes are found. */
export function hideAxes(svg: Element): void {
  for (const g of svg.querySelectorAll('g[aria-label$="tick label"], g[aria-label$="tick"], g[aria-label$="grid"], g[aria-label$="axis label"]')) {
    g.setAttribute('aria-hidden', 'true');
  }
}

/**
 * Names every text link from its text's aria-label (the mark's ariaLabel channel) and hides shape links. Throws when a
 * shape links somewhere no text link does, or a text link has no name: that figure would be unreachable.
 */
export function labelLinks(svg: Element, chartId: string): void {
  const named = new Set<string>();
  const shapes: Element[] = [];
  for (const a of svg.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    const mark = a.firstElementChild;
    if (mark?.localName === 'text') {
      const name = mark.getAttribute('aria-label');
      if (!name) throw new Error(`chart "${chartId}": the link to ${href} has no aria-label to name it`);
      mark.removeAttribute('aria-label');
      a.setAttribute('aria-label', name);
      named.add(href);
    } else shapes.push(a);
  }
  for (const a of shapes) {
    const href = a.getAttribute('href') ?? '';
    if (!named.has(href)) throw new Error(`chart "${chartId}": the mark linking to ${href} has no value label`);
    a.setAttribute('tabindex', '-1');
    a.setAttribute('aria-hidden', 'true');
  }
}
