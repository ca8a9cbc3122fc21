// The part of js-yaml 4 (a dependency of Astro's) that src/lib/content/yaml.ts uses.
declare module 'js-yaml' {
  export const CORE_SCHEMA: unknown;
  export function load(text: string, options?: { schema?: unknown; json?: boolean }): unknown;
}
