/** Facts about the site used in the header, footer, metadata and emergency cards. */
export const site = {
  name: 'Leg Pain Explained',
  tagline: 'Plain-English guides to leg pain, its causes and its treatment',
  author: 'Prof. Dr. Yavuz Beşoğul',
  authorRole: 'cardiovascular surgeon',
  /** One sentence naming every emergency number, from the clinical reference. */
  emergencyNumbers: 'your local emergency number (112 in Europe and Türkiye, 999 in the UK, 911 in the US and Canada)',
} as const;

/** Where leg pain comes from: the groups of the topic list, in the order a reader meets them. */
export const topics = [
  { id: 'overview', title: 'Leg pain: where to start', blurb: 'What leg pain can mean and what a doctor checks.' },
  { id: 'arteries', title: 'Arteries: blood flow to the leg', blurb: 'Pain from narrowed or blocked arteries.' },
  { id: 'veins', title: 'Veins: blood flow back to the heart', blurb: 'Clots, swelling and varicose veins.' },
  {
    id: 'nerves',
    title: 'Nerves: pain from the lower back',
    blurb: 'Pinched nerves and how to tell them apart from artery pain.',
  },
] as const;

export type TopicId = (typeof topics)[number]['id'] | 'about';
