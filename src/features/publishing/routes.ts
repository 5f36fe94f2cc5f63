/** The pages built from src/pages (not articles), with what the sitemap needs to know. */
export const staticRoutes = [
  '/',
  '/abi-calculator/',
  '/shopping-cart-sign-quiz/',
  '/glossary/',
  '/emergency/',
  '/search/',
  '/handout/',
] as const;
