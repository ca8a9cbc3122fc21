// citation-js ships no type declarations: the little of its API this project uses, typed.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
