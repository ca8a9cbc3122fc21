/** The chart pages under /data/, in the order the data page lists them. */
export const CHARTS = [
  {
    id: 'coverage',
    title: 'Coverage of themes and national outcomes',
    description:
      'How many items each strategy has on each shared theme and each 2008 national outcome.',
  },
  {
    id: 'timeline',
    title: 'Timeline of documents',
    description: 'When each document was written and the years it covers.',
  },
  {
    id: 'targets',
    title: 'Performance targets',
    description: 'Targets that give values for two or more years, one small chart each.',
  },
  {
    id: 'figures',
    title: 'Figures: reach, money and carer numbers',
    description:
      'People reached by services, funding in pounds, budget shares ' +
      'and estimates of the number of carers, as each document states them.',
  },
  {
    id: 'specificity',
    title: 'How specific the promises are',
    description:
      'How many of each strategy’s commitments say who leads, by when, ' +
      'and how success will be measured.',
  },
] as const;

export type ChartPage = (typeof CHARTS)[number];
