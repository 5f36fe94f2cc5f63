/**
 * The frontmatter of an article in content/articles/<slug>.mdx. The file name is the slug, and
 * the slug is the article's address (/slug/), which doctors print and send: never rename one.
 * Kept free of Astro runtime imports so unit tests can check fixtures against it.
 */
import { z } from 'astro/zod';
import { alertIds } from '../urgency/alerts.ts';
import { sourceIds } from './sources.ts';

export const topicIds = ['overview', 'arteries', 'veins', 'nerves', 'about'] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lowercase-kebab-case article slug' });

export const articleSchema = z
  .object({
    /** The page's h1 and <title>, in the reader's words. Required. */
    title: z.string().min(10).max(80),
    /** Meta description for search engines and link previews. Required, 70 to 160 characters. */
    description: z.string().min(70).max(160),
    /** The "In brief" box at the top: 2 to 4 short sentences, answers first. Required. */
    inBrief: z.array(z.string().min(10)).min(2).max(4),
    /** The home page group it is listed under. Required. */
    topic: z.enum(topicIds),
    /** Position in the reading order, for the "next" and "previous" links. Required, unique. */
    order: z.number().int().positive(),
    /**
     * Date the text last changed, shown as "Last updated". Not a review date: no clinician has
     * reviewed the site, so nothing may say "reviewed" unless a named clinician does. Required.
     */
    updated: z
      .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)], {
        error: (issue) =>
          issue.input === undefined
            ? 'Required: the date the text last changed, e.g. updated: 2026-12-03'
            : 'must be a date written as YYYY-MM-DD, e.g. 2026-12-03',
      })
      .transform((value) => new Date(value)),
    /** Words patients type for this subject (nicknames, UK/US spellings, misspellings) for search. Default none. */
    aliases: z.array(z.string().min(2)).default([]),
    /**
     * Questions this page answers, in patients' words ("Why do my legs ache by the evening?"), for
     * search: hidden, searched with more weight than the text. 3 to 8 is plenty. Default none.
     */
    questions: z.array(z.string().min(10).max(120)).max(10).default([]),
    /** Ids of the works cited on the page (src/features/article/sources.ts). Must include source-article. */
    sources: z
      .array(z.enum(sourceIds))
      .min(1)
      .refine((ids) => ids.includes('source-article'), { error: 'must include source-article' }),
    /** Slugs of 2 to 4 related articles, shown at the end. Default none. */
    related: z.array(slug).max(4).default([]),
    /**
     * Warning cards shown first on the page, under the title: only on pages about an emergency
     * (issue 13). Other cards go in <WarningCards ids="…"/> in "When to get help". Default none.
     */
    alerts: z.array(z.enum(alertIds)).default([]),
  })
  .strict();

export type ArticleData = z.infer<typeof articleSchema>;

/** A glossary entry in content/glossary/<id>.yaml; the file name is the id used by <Term id>. */
export const glossarySchema = z
  .object({
    /** The term as it appears as a glossary heading. Required. */
    term: z.string().min(2),
    /**
     * Other correct names: everyday names, UK/US spellings and abbreviations. Shown on the glossary
     * page as "Also called" and searched. Never a misspelling (those go in `misspelt`). Default none.
     */
    also: z.array(z.string()).default([]),
    /** Words people type by mistake ("diabetis"): search finds the term by them; never shown. Default none. */
    misspelt: z.array(z.string().min(2)).default([]),
    /** 1 to 3 short plain sentences. Required. */
    definition: z.string().min(20),
    /** A word most adults know (artery, diabetes): listed here, but articles need not link it. Default false. */
    everyday: z.boolean().default(false),
  })
  .strict();

export type GlossaryData = z.infer<typeof glossarySchema>;
