import { getViteConfig } from 'astro/config';

// Unit tests: pure src/lib code, schemas, and chart components rendered with Astro's container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
