/** Where the downloads live: one place, for pages, the data package and the tests. */
import { url } from './paths.ts';

export const dataFile = {
  page: (file: string) => url.page(`data/${file}`),
  strategyCsv: (id: string) => url.page(`data/strategies/${id}.csv`),
  themeCsv: (id: string) => url.page(`data/themes/${id}.csv`),
};
