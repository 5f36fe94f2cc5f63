/**
 * Where each article's text starts in the source article (shared/seed/leg-pain-article.txt): the
 * first words of its section. Used to compare the source's reading grade with the rewrite's.
 */
export const sourceSectionStarts: [slug: string, firstWords: string][] = [
  ['leg-pain', 'Leg pain is a common symptom'],
  ['types-of-leg-pain', 'What Causes and Types of Leg Pain?'],
  ['arterial-leg-pain', 'What are the Symptoms of Arterial Leg Pain?'],
  ['venous-leg-pain', 'How does leg pain from veins manifest itself?'],
  ['nerve-leg-pain', 'How does nerve-induced leg pain differ?'],
  ['vascular-vs-nerve-pain', 'How to Distinguish Between Vascular Occlusion'],
  ['leg-pain-diagnosis', 'What’s Waiting for Me at the Doctor'],
  ['pad-risk-factors', 'Which Risk Factors Are Prominent'],
  ['claudication-treatment', 'What are the treatment options for walking pain'],
  ['endovascular-treatment', 'Which interventional methods are used'],
  ['acute-limb-ischemia', 'Why is Sudden and Severe Leg Pain an Emergency?'],
  ['dvt-risk-factors', 'What Conditions Increase the Risk of Deep Vein Thrombosis'],
  ['venous-insufficiency-treatment', 'What is Good for Chronic Venous Insufficiency'],
  ['about', 'Prof. Dr. Yavuz Beşoğul graduated'],
];

/** The source text of each section, keyed by slug. */
export function splitSource(source: string): Map<string, string> {
  const starts = sourceSectionStarts.map(([slug, words]) => {
    const at = source.indexOf(words);
    if (at === -1) throw new Error(`source-sections: "${words}" (${slug}) not found in the source article`);
    return { slug, at };
  });
  return new Map(starts.map(({ slug, at }, i) => [slug, source.slice(at, starts[i + 1]?.at ?? source.length)]));
}
