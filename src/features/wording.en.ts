/**
 * The site's interface words in English, as one catalogue: each feature keeps its words beside its
 * components (src/features/<feature>/wording.en.ts) and this gathers them. The medical content is
 * not here: articles are in content/, warning signs in urgency/alerts.ts, quiz questions in
 * shopping-cart-sign-quiz/questions.ts. A second language adds a wording.<lang>.ts beside each of
 * these and one catalogue like this one, typed as Wording so no key can be missing.
 */
import { abiWording } from './abi/wording.en.ts';
import { articleWording } from './article/wording.en.ts';
import { handoutWording } from './handout/wording.en.ts';
import { layoutWording } from './layout/wording.en.ts';
import { printWording } from './print/wording.en.ts';
import { searchWording } from './search/wording.en.ts';
import { quizWording } from './shopping-cart-sign-quiz/wording.en.ts';
import { urgencyWording } from './urgency/wording.en.ts';

export const en = {
  abi: abiWording,
  article: articleWording,
  handout: handoutWording,
  layout: layoutWording,
  print: printWording,
  search: searchWording,
  'shopping-cart-sign-quiz': quizWording,
  urgency: urgencyWording,
};

export type Wording = typeof en;
