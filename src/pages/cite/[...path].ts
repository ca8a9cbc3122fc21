// Citation downloads, one file per format for each page that cites: a strategy, each of its sections
// (every item on that page), each chart. Per section rather than per item keeps the file count near the
// page count (190,000 items at national scale would be 570,000 files).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { BUILD_DATE } from '../../data/citations.ts';
import { CHARTS } from '../../lib/charts/pages.ts';
import {
  CITE_FORMATS,
  chartCitation,
  citeFile,
  formatCitations,
  itemCitation,
  strategyCitation,
  toCsl,
  type Citation,
  type CiteFormat,
} from '../../lib/citation.ts';
import { strategyParts } from '../../lib/model.ts';
import { url } from '../../lib/paths.ts';

type Cites = (site: URL | undefined) => Citation[];
const relative = (path: string) => path.replace(url.home(), '');

export const getStaticPaths = (async () => {
  const model = await getSite();
  const groups: { file: string; cites: Cites }[] = [
    ...model.strategies.flatMap((s) => [
      {
        file: citeFile.strategy(s.id),
        cites: (site: URL | undefined) => [strategyCitation(s, site)],
      },
      ...strategyParts(s).map((p) => ({
        file: citeFile.part(s.id, p.id),
        cites: (site: URL | undefined) => p.items.map((i) => itemCitation(s, i, site)),
      })),
    ]),
    ...CHARTS.map((c) => ({
      file: citeFile.chart(c.id),
      cites: (site: URL | undefined) => [chartCitation(c, Number(BUILD_DATE.slice(0, 4)), site)],
    })),
  ];
  return groups.flatMap((g) =>
    CITE_FORMATS.map((f) => ({
      params: { path: `${relative(g.file).replace(/^cite\//, '')}.${f.ext}` },
      props: { cites: g.cites, format: f.ext },
    })),
  );
}) satisfies GetStaticPaths;

const TYPES: Record<CiteFormat, string> = {
  ris: 'application/x-research-info-systems; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

export const GET: APIRoute = ({ props, site }) => {
  const { cites, format } = props as { cites: Cites; format: CiteFormat };
  const items = cites(site).map((c) => toCsl(c, BUILD_DATE));
  return new Response(formatCitations(items, format), {
    headers: { 'Content-Type': TYPES[format] },
  });
};
