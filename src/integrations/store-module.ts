/**
 * Rewrites Astro's bundled content store so its one long string literal becomes pieces joined at run
 * time (src/lib/store-module.ts): the same data, compiled in linear rather than quadratic time. Any
 * other form of the module (a future Astro, the chunked store) is left exactly as Astro wrote it.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { splitStoreModule } from '../lib/store-module.ts';

const STORE_ID = '\0astro:data-layer-content';

const plugin: Plugin = {
  name: 'csc:store-module',
  enforce: 'post',
  transform(code, id) {
    if (id !== STORE_ID) return null;
    const split = splitStoreModule(code);
    return split === undefined ? null : { code: split, map: { mappings: '' } };
  },
};

export function storeModule(): AstroIntegration {
  return {
    name: 'store-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
