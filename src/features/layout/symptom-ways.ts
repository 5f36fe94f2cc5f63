/**
 * Ways into the site by what a reader feels, not by which blood vessel or nerve is at fault: a
 * patient knows "my leg is swollen", not "my veins". Each way leads to the article (and section)
 * that explains that symptom. Shown on the home page and in the topic list (SymptomWays.astro);
 * src/features/layout/symptom-ways.test.ts checks that every link lands on a real article section.
 */
export interface SymptomLink {
  /** An article address, optionally with a section: "/slug/" or "/slug/#section-id". */
  href: string;
  /** Link text that says where it goes (style guide: never "read more"). */
  label: string;
}

export interface SymptomWay {
  /** Stable id: the anchor of this way on the page. */
  id: string;
  /** What the reader feels, in their words. */
  symptom: string;
  /** One short sentence that helps the reader choose; never a diagnosis. */
  hint: string;
  /** Where this symptom is explained, most likely first. 1 to 3 links. */
  links: SymptomLink[];
  /** Set for the one way that can be an emergency, so it is styled as one. */
  emergency?: true;
}

export const symptomWays: SymptomWay[] = [
  {
    id: 'walking',
    symptom: 'Pain when walking',
    hint: 'Pain that makes you stop. Narrowed arteries and a pinched nerve in your back are the 2 usual causes.',
    links: [
      { href: '/arterial-leg-pain/#walking-pain', label: 'Pain when you walk from narrowed arteries' },
      { href: '/vascular-vs-nerve-pain/', label: 'Narrowed arteries or a pinched nerve?' },
      { href: '/nerve-leg-pain/', label: 'Leg pain from a pinched nerve in your back' },
    ],
  },
  {
    id: 'night-or-rest',
    symptom: 'Pain at night or at rest',
    hint: 'Pain in your toes or foot at night that eases when you hang your leg out of bed needs help today.',
    links: [
      { href: '/arterial-leg-pain/#rest-pain', label: 'Pain at rest from narrowed arteries' },
      { href: '/nerve-leg-pain/#diabetic-nerve-damage', label: 'Burning or tingling feet from diabetes' },
    ],
  },
  {
    id: 'swollen-leg',
    symptom: 'A swollen leg',
    hint: 'One leg that suddenly swells, hurts or feels warm can be a blood clot. Swelling that builds up by evening can come from weak vein valves.',
    links: [
      { href: '/venous-leg-pain/#dvt', label: 'Signs of a blood clot in the leg (DVT)' },
      { href: '/venous-leg-pain/#chronic-venous-insufficiency', label: 'Heavy, swollen legs from weak vein valves' },
    ],
  },
  {
    id: 'sudden-cold-pale',
    symptom: 'Sudden pain, or a cold, pale leg',
    hint: 'This can mean a blocked artery. It is an emergency.',
    links: [
      { href: '/acute-limb-ischemia/', label: 'Sudden, severe leg pain: what to do' },
      { href: '/emergency/', label: 'Emergency numbers' },
    ],
    emergency: true,
  },
  {
    id: 'back-down-leg',
    symptom: 'Pain from your back down your leg',
    hint: 'Often a pinched nerve, such as sciatica.',
    links: [
      { href: '/nerve-leg-pain/', label: 'Leg pain from a pinched nerve in your back' },
      { href: '/nerve-leg-pain/#what-you-can-do', label: 'What you can do about sciatica' },
    ],
  },
  {
    id: 'heavy-legs-veins',
    symptom: 'Aching, heavy legs or visible veins',
    hint: 'Often weak vein valves or varicose veins, which are very common and usually harmless.',
    links: [
      { href: '/venous-leg-pain/#chronic-venous-insufficiency', label: 'Heavy legs and varicose veins: the signs' },
      { href: '/venous-insufficiency-treatment/', label: 'What helps weak leg veins and varicose veins' },
    ],
  },
];
