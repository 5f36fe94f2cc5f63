/**
 * Every work the site cites. Articles list the ids they use in their `sources` frontmatter and
 * cite inline with <Cite id="…"/>. Facts and citations come from shared/clinical-reference.md.
 */
export interface Source {
  /** Short label shown inline, e.g. "ACC/AHA guideline, 2024". */
  short: string;
  /** Full reference shown in the page's source list. */
  full: string;
  /** Year of publication; shown with every citation. */
  year?: number;
  /** A stable public address (DOI or PubMed Central); links, never loaded by the page. */
  url?: string;
}

export const sources = {
  'source-article': {
    short: 'Source article',
    full: 'Beşoğul Y. Leg pain: causes, types, diagnosis and treatment. Patient article by Prof. Dr. Yavuz Beşoğul, cardiovascular surgeon, machine-translated from Turkish. This site rewrites it in plain English.',
  },
  'aha-acc-2016': {
    short: 'AHA/ACC guideline, 2016',
    full: 'Gerhard-Herman MD, et al. 2016 AHA/ACC Guideline on the Management of Patients With Lower Extremity Peripheral Artery Disease. Circulation 2017;135:e726–e779.',
    year: 2016,
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5477786/',
  },
  'acc-aha-2024': {
    short: 'ACC/AHA guideline, 2024',
    full: 'Gornik HL, et al. 2024 ACC/AHA/AACVPR/APMA/ABC/SCAI/SVM/SVN/SVS/SIR/VESS Guideline for the Management of Lower Extremity Peripheral Artery Disease. J Am Coll Cardiol 2024.',
    year: 2024,
    url: 'https://doi.org/10.1016/j.jacc.2024.02.013',
  },
  'esvs-2020': {
    short: 'ESVS guideline, 2020',
    full: 'Björck M, et al. European Society for Vascular Surgery (ESVS) 2020 Clinical Practice Guidelines on the Management of Acute Limb Ischaemia. Eur J Vasc Endovasc Surg 2020;59:173–218.',
    year: 2020,
  },
  'gvg-2019': {
    short: 'Global Vascular Guidelines, 2019',
    full: 'Conte MS, et al. Global Vascular Guidelines on the Management of Chronic Limb-Threatening Ischemia. 2019.',
    year: 2019,
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8365864/',
  },
  'ash-2020': {
    short: 'ASH guideline, 2020',
    full: 'Ortel TL, et al. American Society of Hematology 2020 guidelines for management of venous thromboembolism: treatment of deep vein thrombosis and pulmonary embolism. Blood Adv 2020;4:4693–4738.',
    year: 2020,
  },
  'chest-2021': {
    short: 'CHEST guideline, 2021',
    full: 'Stevens SM, et al. Antithrombotic Therapy for VTE Disease: Second Update of the CHEST Guideline and Expert Panel Report. Chest 2021.',
    year: 2021,
  },
  'nhs-dvt': {
    short: 'NHS website: DVT',
    full: 'NHS (UK National Health Service) website: Deep vein thrombosis (DVT) and Pulmonary embolism, patient guidance on risk factors and warning signs.',
  },
  'nhs-sciatica': {
    short: 'NHS website: sciatica',
    full: 'NHS (UK National Health Service) website: Sciatica. How long it lasts, how to ease the pain yourself, when to see a GP, and when to call 999 or go to A&E (cauda equina syndrome). Page checked December 2026.',
  },
  'nhs-varicose-veins': {
    short: 'NHS website: varicose veins',
    full: 'NHS (UK National Health Service) website: Varicose veins. How common they are and what you can do yourself. Page checked December 2026.',
  },
  'nhs-anticoagulants': {
    short: 'NHS website: anticoagulant medicines',
    full: 'NHS (UK National Health Service) website: Anticoagulant medicines, side effects. Signs of heavy bleeding and when to get help. Page checked December 2026.',
  },
  'nhs-peripheral-neuropathy': {
    short: 'NHS inform: peripheral neuropathy',
    full: 'NHS inform (Scotland) website: Peripheral neuropathy. Diabetes as a common cause; numbness, tingling and burning pain in the feet. Page checked December 2026.',
  },
  'nice-cg147': {
    short: 'NICE CG147, 2012',
    full: 'National Institute for Health and Care Excellence. Peripheral arterial disease: diagnosis and management (Clinical guideline CG147), 2012, updated 2018.',
    year: 2012,
  },
  'nice-ng89': {
    short: 'NICE NG89, 2018',
    full: 'National Institute for Health and Care Excellence. Venous thromboembolism in over 16s: reducing the risk of hospital-acquired deep vein thrombosis or pulmonary embolism (NICE guideline NG89), 2018, updated 2019.',
    year: 2018,
  },
  'nice-cg168': {
    short: 'NICE CG168, 2013',
    full: 'National Institute for Health and Care Excellence. Varicose veins: diagnosis and management (Clinical guideline CG168), 2013.',
    year: 2013,
  },
  'ceap-2020': {
    short: 'CEAP classification, 2020',
    full: 'Lurie F, et al. The 2020 update of the CEAP classification system and reporting standards. J Vasc Surg Venous Lymphat Disord 2020.',
    year: 2020,
  },
  'nadeau-2013': {
    short: 'Nadeau et al., 2013',
    full: 'Nadeau M, et al. The reliability of differentiating neurogenic claudication from vascular claudication based on symptomatic presentation. Can J Surg 2013;56:372–377.',
    year: 2013,
  },
  'suri-2010': {
    short: 'Suri et al., 2010',
    full: 'Suri P, et al. Does this older adult with lower extremity pain have the clinical syndrome of lumbar spinal stenosis? JAMA 2010;304:2628–2636.',
    year: 2010,
  },
  'artper-2015': {
    short: 'ARTPER study, 2015',
    full: 'ARTPER cohort: incidence and risk factors of peripheral arterial disease in a Spanish population. BMC Cardiovasc Disord 2015.',
    year: 2015,
  },
  'getabi-2007': {
    short: 'getABI study, 2007',
    full: 'Lange S, et al. The getABI study (6,880 people): prevalence of peripheral arterial disease depends on the ankle pressure used. 2007.',
    year: 2007,
    url: 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1950873/',
  },
  'nhs-stroke': {
    short: 'NHS website, stroke',
    full: 'NHS (UK National Health Service) website: Stroke, symptoms (Act FAST: face, arms, speech, time to call 999).',
  },
  'st-john-ambulance': {
    short: 'St John Ambulance',
    full: 'St John Ambulance: first aid advice for a bleeding varicose vein.',
  },
  'nice-cks-svt': {
    short: 'NICE CKS and BCSH guidance',
    full: 'National Institute for Health and Care Excellence, Clinical Knowledge Summaries: superficial vein thrombosis (superficial thrombophlebitis), with British Committee for Standards in Haematology guidance.',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;

/** The id of a source's entry in a page's list of sources, which every citation links to. */
export const SOURCE_ANCHOR_PREFIX = 'source-';
export const sourceAnchor = (id: SourceId): string => `${SOURCE_ANCHOR_PREFIX}${id}`;
export const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];
