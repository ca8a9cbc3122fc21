/** How old a document is, in words, from its year and the year the site was built. */
export function writtenAgo(year: number, thisYear: number): string {
  const years = thisYear - year;
  if (years <= 0) return `written in ${year}`;
  return `written in ${year}, ${years === 1 ? '1 year' : `${years} years`} ago`;
}
