/**
 * The components an article's MDX may use, in one map for every place that renders articles: the
 * article page and the handout. The handout swaps the two that carry page ids (a handout holds many
 * articles, so its headings go one level down and carry no ids) and the warning cards.
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import GuidelineUpdate from './GuidelineUpdate.astro';
import Section from './Section.astro';
import Subsection from './Subsection.astro';
import Term from '../glossary/Term.astro';
import VascularNerveComparison from '../comparison/VascularNerveComparison.astro';
import WarningCards from '../urgency/WarningCards.astro';
import HandoutSection from '../handout/HandoutSection.astro';
import HandoutSubsection from '../handout/HandoutSubsection.astro';

export const articleComponents = {
  Section,
  Subsection,
  Term,
  Cite,
  GuidelineUpdate,
  Callout,
  VascularNerveComparison,
  WarningCards,
};

// The handout gathers every card of the chosen articles in one box (data-alerts), not in the text.
export const handoutComponents = {
  ...articleComponents,
  Section: HandoutSection,
  Subsection: HandoutSubsection,
  WarningCards: () => null,
};
