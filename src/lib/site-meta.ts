/** Site-wide constants. */
export const SITE_NAME = 'Carers Strategies Compared';
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
