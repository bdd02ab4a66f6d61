// How to cite a chart or the whole dataset: plain text and BibTeX. Everything comes from the data and the
// package, never from the clock, so two builds of the same data give the same bytes.
import { t, type Locale } from '../../i18n/index.ts';
import type { RenderedChart } from '../registry/chartRegistry.ts';
import { reports, type Report } from '../queries/data.ts';
import { absoluteUrl, href } from '../urls/urls.ts';
import pkg from '../../../package.json' with { type: 'json' };

export interface Citation {
  text: string;
  bibtex: string;
}

export interface CitationContext {
  /** The deployed site's URL; undefined in a build without ATLAS_SITE_URL, whose citations then give paths. */
  site: URL | string | undefined;
  version: string; // package.json version: the dataset's version
  reports: readonly Pick<Report, 'vendored' | 'retrieved'>[];
}

/** The context of this build: the site's URL (if known), the package version, the reports of data/. */
export function siteCitationContext(site: URL | string | undefined): CitationContext {
  return { site, version: pkg.version, reports: reports() };
}

/**
 * The dataset's year: when its newest source text was added (vendored). A citation names the version of the
 * data, and a build's date would change with every build.
 */
export function datasetYear(reports: CitationContext['reports']): string {
  const dates = reports.map((r) => r.vendored).filter((d): d is string => !!d).sort();
  if (dates.length === 0) throw new Error('citation: no report has a vendored date, so the dataset has no year');
  return dates[dates.length - 1].slice(0, 4);
}

/** The newest date a source was retrieved, or null when no report records one (then no access date is given). */
export function accessedDate(reports: CitationContext['reports']): string | null {
  const dates = reports.map((r) => r.retrieved).filter((d): d is string => !!d).sort();
  return dates.length ? dates[dates.length - 1] : null;
}

/** Characters BibTeX would read as commands: escaped, so a title such as '60% of funds' survives. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)).replace(/[%&$#_]/g, (c) => `\\${c}`).replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

function bibtex(type: string, key: string, fields: [string, string | null][]): string {
  const present = fields.filter((f): f is [string, string] => f[1] !== null);
  const width = Math.max(...present.map(([k]) => k.length));
  return `@${type}{${key},\n${present.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n')}\n}`;
}

/** The whole dataset, as the data page and CITATION.cff describe it. */
export function datasetCitation(locale: Locale, ctx: CitationContext): Citation {
  const url = absoluteUrl(ctx.site, href(locale, '/'));
  const year = datasetYear(ctx.reports);
  const accessed = accessedDate(ctx.reports);
  const vars = { author: t(locale, 'cite.author'), year, site: t(locale, 'site.name'), title: t(locale, 'cite.datasetTitle'), version: ctx.version, url };
  const text = t(locale, 'cite.datasetText', vars) + (accessed ? t(locale, 'cite.accessed', { date: accessed }) : '');
  return {
    text,
    bibtex: bibtex('misc', 'xiangcun_atlas', [
      ['title', `{${bibtexEscape(t('en', 'site.name'))}}: ${bibtexEscape(t(locale, 'cite.datasetTitle'))}`],
      ['author', `{${bibtexEscape(t(locale, 'cite.author'))}}`],
      ['year', year],
      ['version', ctx.version],
      ['howpublished', `\\url{${url}}`],
      ['url', url],
      ['urldate', accessed],
      ['note', t(locale, 'cite.datasetNote', { version: ctx.version })],
    ]),
  };
}

/** A chart: its title, the page it lives on (anchored at the chart), the reports it draws on. */
export function chartCitation(rendered: Pick<RenderedChart, 'spec' | 'title' | 'source'>, locale: Locale, ctx: CitationContext): Citation {
  const { spec } = rendered;
  const url = absoluteUrl(ctx.site, `${href(locale, spec.page)}#chart-${spec.id}`);
  const year = datasetYear(ctx.reports);
  const accessed = accessedDate(ctx.reports);
  const vars = { author: t(locale, 'cite.author'), year, title: rendered.title, site: t(locale, 'site.name'), version: ctx.version, url, sources: rendered.source };
  const text = t(locale, 'cite.chartText', vars) + (accessed ? t(locale, 'cite.accessed', { date: accessed }) : '');
  return {
    text,
    bibtex: bibtex('misc', `xiangcun_atlas_${spec.id.replace(/-/g, '_')}`, [
      ['title', bibtexEscape(rendered.title)],
      ['author', `{${bibtexEscape(t(locale, 'cite.author'))}}`],
      ['year', year],
      ['howpublished', `\\url{${url}}`],
      ['url', url],
      ['urldate', accessed],
      ['note', bibtexEscape(t(locale, 'cite.chartNote', { site: t(locale, 'site.name'), version: ctx.version, sources: rendered.source }))],
    ]),
  };
}
