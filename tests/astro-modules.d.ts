// Types for `import Chart from './Chart.astro'` in plain TypeScript (the unit tests render components).
// `astro check` resolves .astro files itself; typescript-eslint only sees this fallback.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
