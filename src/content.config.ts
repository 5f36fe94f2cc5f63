import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, glossarySchema } from './features/article/article-schema.ts';

// CONTENT_DIR lets a test point the build at a folder of broken fixtures.
const contentDir = process.env.CONTENT_DIR ?? './content';

const articles = defineCollection({
  loader: glob({ base: `${contentDir}/articles`, pattern: '*.mdx' }),
  schema: articleSchema,
});

const glossary = defineCollection({
  loader: glob({ base: `${contentDir}/glossary`, pattern: '*.yaml' }),
  schema: glossarySchema,
});

export const collections = { articles, glossary };
