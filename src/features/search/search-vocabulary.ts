import type { ClassSystem } from './class-codes.ts';
import type { Intent } from './intents.ts';

/**
 * The everyday words people type when they search a health site, mapped to the words this site
 * uses. Read by src/features/search/plan.ts. The glossary's "also" lists (content/glossary) are added
 * to these at run time, so a new glossary term needs no change here.
 *
 * Keep it general: words and phrases any patient might use about legs, blood vessels and nerves,
 * never a copy of one test search. Write every entry in lower case.
 */

/**
 * Words that carry no meaning of their own in a search ("my", "when", "does"). They are dropped
 * before searching, because the site's search only matches pages holding every word typed.
 */
export const stopWords: readonly string[] = [
  // Grammar words
  'a an the and or but if then so than as of at by for with about to from in on into onto up down out off over',
  'under again is am are was were be been being have has had having do does did doing done can could should',
  'would will shall may might must cannot i im ive me my mine myself we us our you your he him his she her it',
  'its they them their this that these those there here what which who whom whose when where why how whats hows',
  'all any some such each every both few more most other own same only too very just also much many lot lots bit',
  'really quite still not no dont doesnt didnt cant wont isnt arent',
  // Filler in spoken questions
  'get gets getting got feel feels felt like please thing things sort kind mean means know tell someone anyone',
  'something anything normal bad keep keeps kept gone going goes go went come comes came coming after before',
  'during while since until ago always often sometimes usually ok okay yes hi hello thanks',
  // Words that rate or fill a question ("the best way to…", "should I put…") but name no topic
  'best good great better worst way ways put away whole lot try trying want need needs',
].flatMap((line) => line.split(' '));

/**
 * Rewrites of the raw search, applied before it is split into words: marks such as "&" would
 * otherwise be lost ("A&E" would become "a" and "e", which match nothing).
 */
export const rewrites: readonly (readonly [RegExp, string])[] = [[/\ba\s*(?:&|and)\s*e\b/gi, ' emergency ']];

/**
 * Groups of words and phrases that mean the same to a reader. `say` holds what people type;
 * `search` holds the words the site's pages use (the first is the main one). When a search holds
 * any phrase of a group, the pages are also searched for each `search` word.
 */
export interface SynonymGroup {
  say: readonly string[];
  search: readonly string[];
  /**
   * The group holds forms of one word (foot, feet) or words that say exactly the same
   * (symptoms, signs): a match counts in full, and how rare the word is comes from all of them.
   */
  sameWord?: boolean;
}

export const synonymGroups: readonly SynonymGroup[] = [
  // Walking pain and circulation
  {
    say: [
      'pain when walking',
      'pain walking',
      'walking pain',
      'hurts to walk',
      'cramp when walking',
      'window shopping',
    ],
    search: ['claudication', 'walking'],
  },
  { say: ['cramps', 'cramping', 'crampy', 'spasm', 'spasms', 'charley horse'], search: ['cramp'], sameWord: true },
  {
    say: ['walk further', 'walk farther', 'walking distance', 'walk longer', 'distance i can walk'],
    search: ['walk further', 'distance'],
  },
  {
    say: ['poor circulation', 'bad circulation', 'circulation problems', 'blood flow', 'blocked arteries'],
    search: ['circulation', 'narrowed arteries', 'peripheral artery disease'],
  },
  {
    say: ['hardening of the arteries', 'hardened arteries', 'furred arteries', 'furred up', 'clogged arteries'],
    search: ['atherosclerosis', 'narrowed arteries', 'plaque'],
  },
  {
    say: ['pad', 'pvd', 'peripheral vascular disease', 'peripheral arterial disease'],
    search: ['peripheral artery disease'],
  },
  { say: ['lack of blood', 'no blood supply', 'starved of blood'], search: ['ischaemia', 'blood supply'] },
  { say: ['dead toes', 'black toes', 'toes turning black', 'rotting', 'dying tissue'], search: ['gangrene'] },
  // Night and rest
  {
    say: ['in bed', 'lying down', 'lie down', 'at night', 'nighttime', 'asleep', 'sleeping'],
    search: ['night', 'rest'],
  },
  { say: ['hang my leg', 'hang my foot', 'dangle', 'dangling', 'over the side of the bed'], search: ['hang'] },
  // Colour, feeling and movement
  { say: ['white', 'pale', 'pallor', 'grey', 'gray', 'colourless', 'colorless'], search: ['pale', 'pallor'] },
  { say: ['blue', 'purple', 'dusky', 'mottled'], search: ['blue', 'colour'] },
  { say: ['cold', 'icy', 'freezing', 'chilly'], search: ['cold'] },
  {
    say: ['pins and needles', 'tingling', 'tingly', 'prickling', 'buzzing', 'burning feet'],
    search: ['tingling', 'pins and needles', 'paraesthesia', 'numbness'],
  },
  { say: ['numb', 'numbness', 'dead leg', 'lost feeling'], search: ['numb', 'numbness'] },
  { say: ['paralysed', 'paralyzed', 'weak', 'weakness', 'gives way'], search: ['weakness', 'move'] },
  // Veins, swelling and clots
  {
    say: ['swollen', 'swelling', 'swell', 'swells', 'swelled', 'puffy', 'fluid', 'water retention', 'fat ankles'],
    search: ['swelling', 'swollen', 'oedema'],
  },
  {
    say: ['clot', 'clots', 'blood clot', 'blood clots', 'clotting', 'thrombus'],
    search: ['blood clot', 'thrombosis', 'dvt'],
  },
  { say: ['deep vein thrombosis', 'deep vein clot', 'thrombosis'], search: ['dvt', 'deep vein thrombosis'] },
  {
    say: ['clot in lung', 'clot in lungs', 'clot in the lung', 'lung clot', 'pe', 'embolism'],
    search: ['pulmonary embolism'],
  },
  {
    say: ['short of breath', 'shortness of breath', 'breathless', 'out of breath', 'cant breathe', 'breathing'],
    search: ['breathless', 'breathlessness'],
  },
  { say: ['coughing blood', 'coughing up blood', 'cough up blood'], search: ['coughing up blood', 'cough'] },
  {
    say: ['blood thinner', 'blood thinners', 'thinners', 'warfarin', 'heparin', 'rivaroxaban', 'apixaban', 'doac'],
    // The site also calls aspirin-type medicines for narrowed arteries blood thinners (antiplatelets).
    search: ['anticoagulant', 'blood thinners', 'antiplatelet'],
  },
  {
    say: ['clot buster', 'clot busting', 'dissolve the clot', 'clot dissolving'],
    search: ['thrombolysis', 'dissolving'],
  },
  {
    say: [
      'long flight',
      'long haul',
      'flight',
      'flights',
      'flying',
      'plane',
      'aeroplane',
      'airplane',
      'long journey',
      'long drive',
      'road trip',
    ],
    // Not "travel": the site says a clot "travels" to the lungs, which is another matter.
    search: ['journeys', 'plane'],
  },
  {
    say: [
      'support stockings',
      'support socks',
      'support tights',
      'support hose',
      'flight socks',
      'travel socks',
      'compression socks',
      'compression hose',
      'ted stockings',
      'stockings',
      'socks',
      'pressure stockings',
    ],
    search: ['compression stockings', 'compression socks'],
  },
  {
    say: [
      'varicose',
      'bulging veins',
      'swollen veins',
      'twisted veins',
      'lumpy veins',
      'ropey veins',
      'spider veins',
      'thread veins',
      'veiny legs',
    ],
    search: ['varicose veins'],
  },
  {
    say: ['weak veins', 'leaky veins', 'leaky valves', 'faulty valves', 'vein valves'],
    search: ['chronic venous insufficiency', 'valves'],
  },
  { say: ['itchy', 'itch', 'itches', 'itching', 'scratchy'], search: ['itching', 'itchy'], sameWord: true },
  {
    say: ['evening', 'evenings', 'end of the day', 'by the evening'],
    search: ['evening', 'end of the day'],
  },
  {
    say: ['elevate', 'elevation', 'elevating', 'elevated', 'raise', 'raised', 'leg raise', 'leg raises'],
    search: ['raising', 'raise your legs'],
  },
  { say: ['heavy legs', 'heavy', 'heaviness', 'tired legs', 'aching legs', 'achy legs'], search: ['heavy', 'aching'] },
  {
    say: [
      'brown skin',
      'stained skin',
      'dark skin',
      'skin discolouration',
      'skin discoloration',
      'skin changes',
      'discoloured',
      'discolored',
    ],
    search: ['skin changes', 'brown spots', 'colour'],
  },
  {
    say: ['sore', 'open sore', 'wound', 'wounds', 'non healing', 'not healing', 'wont heal', 'doesnt heal'],
    search: ['ulcer', 'wound', 'healing'],
  },
  { say: ['vein injections', 'injections', 'injection', 'foam'], search: ['sclerotherapy', 'foam', 'injection'] },
  {
    say: ['laser', 'radiofrequency', 'heat treatment', 'vein closure', 'closing the vein'],
    search: ['ablation', 'laser'],
  },
  { say: ['vein stripping', 'stripping', 'vein surgery'], search: ['close the vein', 'surgery'] },
  // Nerves and back
  {
    say: ['pinched nerve', 'trapped nerve', 'compressed nerve', 'nerve pain', 'sciatic', 'sciatica'],
    search: ['pinched nerve', 'sciatica', 'nerve'],
  },
  {
    say: ['shooting', 'shoots', 'radiating', 'radiates', 'stabbing', 'electric shock', 'electric shocks'],
    search: ['spreads down', 'sciatica', 'pinched nerve'],
  },
  {
    say: ['slipped disc', 'slipped disk', 'bulging disc', 'herniated disk', 'prolapsed disc', 'disk'],
    search: ['herniated disc', 'disc'],
  },
  {
    say: ['spinal stenosis', 'narrow spine', 'narrowed spinal canal', 'lumbar stenosis'],
    search: ['lumbar spinal stenosis', 'spinal'],
  },
  { say: ['back', 'lower back', 'spine', 'backbone', 'lumbar'], search: ['back', 'spine', 'lumbar'] },
  {
    say: ['lean forward', 'leaning forward', 'bending forward', 'bend forward', 'stoop', 'stooping', 'leaning on'],
    search: ['leaning forward', 'bending'],
  },
  {
    say: ['trolley', 'shopping trolley', 'cart', 'shopping cart', 'walker', 'zimmer frame'],
    search: ['shopping cart', 'cart'],
  },
  { say: ['sit', 'sitting', 'sit down', 'sat down'], search: ['sitting', 'sit'], sameWord: true },
  { say: ['stand', 'standing', 'stood'], search: ['standing'], sameWord: true },
  { say: ['one side', 'one sided', 'one leg', 'only one leg', 'unilateral'], search: ['one leg'] },
  // Body parts
  { say: ['calf', 'calves', 'lower leg'], search: ['calf'], sameWord: true },
  { say: ['thigh', 'thighs', 'upper leg'], search: ['thigh'], sameWord: true },
  { say: ['buttock', 'buttocks', 'bum', 'bottom', 'backside', 'butt', 'hip', 'hips'], search: ['buttock', 'hip'] },
  { say: ['foot', 'feet'], search: ['foot', 'feet'], sameWord: true },
  { say: ['toe', 'toes'], search: ['toe', 'toes'], sameWord: true },
  { say: ['ankle', 'ankles'], search: ['ankle'], sameWord: true },
  { say: ['knee', 'knees'], search: ['knee'], sameWord: true },
  { say: ['pulse', 'pulses', 'heartbeat in my foot', 'heart beat'], search: ['pulse', 'pulses'], sameWord: true },
  // Pain words
  { say: ['hurt', 'hurts', 'hurting', 'ache', 'aches', 'aching', 'sore', 'painful', 'throbbing'], search: ['pain'] },
  { say: ['sudden', 'suddenly', 'all of a sudden', 'out of nowhere'], search: ['sudden', 'suddenly'] },
  { say: ['severe', 'agony', 'unbearable', 'excruciating', 'terrible'], search: ['severe'] },
  // Risks
  {
    say: ['smoke', 'smoker', 'smoking', 'cigarettes', 'cigarette', 'tobacco', 'vaping', 'quit smoking'],
    search: ['smoking'],
  },
  { say: ['sugar', 'blood sugar', 'diabetic', 'type 2', 'type 1'], search: ['diabetes'] },
  { say: ['high blood pressure', 'blood pressure', 'bp'], search: ['blood pressure', 'hypertension'] },
  { say: ['fats in blood', 'lipids', 'high cholesterol', 'ldl'], search: ['cholesterol'] },
  { say: ['kidney', 'kidneys', 'renal', 'dialysis'], search: ['kidney disease'] },
  { say: ['overweight', 'obese', 'obesity', 'weight'], search: ['weight', 'obesity'] },
  { say: ['old age', 'older', 'elderly', 'age', 'aged'], search: ['age'] },
  {
    say: ['pregnant', 'pregnancy', 'after giving birth', 'after birth', 'postnatal', 'postpartum', 'baby'],
    search: ['pregnancy', 'puerperium'],
  },
  {
    say: ['the pill', 'contraceptive pill', 'birth control', 'contraception', 'hrt', 'hormone', 'hormones'],
    search: ['contraceptive pill', 'hormone'],
  },
  { say: ['cancer', 'tumour', 'tumor', 'chemo'], search: ['cancer', 'chemotherapy'] },
  {
    say: ['bed rest', 'bedridden', 'immobile', 'hospital stay'],
    search: ['not moving', 'staying in bed'],
  },
  {
    say: ['genes', 'genetic', 'runs in the family', 'family history', 'inherited'],
    search: ['family history', 'thrombophilia'],
  },
  // Tests
  {
    say: ['ankle blood pressure', 'ankle pressure', 'abpi', 'abi', 'ankle brachial'],
    search: ['ankle-brachial index', 'abi'],
  },
  { say: ['toe pressure', 'tbi'], search: ['toe-brachial index'] },
  { say: ['scan', 'scans', 'ultrasound', 'duplex', 'doppler'], search: ['ultrasound', 'doppler', 'scan'] },
  { say: ['angiogram', 'dye test', 'x-ray of the arteries', 'ct scan', 'mri'], search: ['angiography', 'scan'] },
  {
    say: ['tests', 'test', 'checks', 'check up', 'checkup', 'investigations', 'examination', 'exam'],
    search: ['tests', 'checks'],
  },
  { say: ['gp', 'family doctor', 'physician', 'doc', 'clinic', 'appointment'], search: ['doctor'] },
  // Treatments
  {
    say: ['balloon', 'keyhole', 'widening the artery', 'unblock', 'unblocking'],
    search: ['angioplasty', 'balloon'],
  },
  { say: ['stent', 'stents', 'tube in artery', 'mesh tube'], search: ['stent'] },
  { say: ['bypass', 'graft', 'new route for blood'], search: ['bypass surgery', 'bypass'] },
  { say: ['shaving plaque', 'cleaning out the artery', 'roto rooter'], search: ['atherectomy'] },
  { say: ['operation', 'operations', 'surgery', 'op', 'procedure'], search: ['surgery', 'operation', 'procedure'] },
  {
    say: ['knee replacement', 'hip replacement', 'joint replacement', 'orthopaedic surgery', 'orthopedic surgery'],
    search: ['surgery', 'operation'],
  },
  {
    say: ['tablets', 'pills', 'medication', 'medications', 'medicine', 'drugs', 'prescription'],
    search: ['medicines'],
  },
  { say: ['statins', 'statin', 'atorvastatin', 'simvastatin'], search: ['statin'], sameWord: true },
  { say: ['aspirin', 'clopidogrel', 'antiplatelets'], search: ['antiplatelet', 'aspirin'] },
  {
    say: ['painkiller', 'painkillers', 'pain relief', 'ibuprofen', 'paracetamol'],
    search: ['painkillers'],
  },
  {
    say: ['exercise', 'exercises', 'walking programme', 'walking program', 'physio', 'workout'],
    search: ['exercise', 'walking'],
  },
  { say: ['supervised', 'classes', 'rehab', 'rehabilitation'], search: ['supervised exercise'] },
  {
    say: ['without surgery', 'non surgical', 'natural', 'lifestyle', 'self help', 'home remedies'],
    search: ['lifestyle', 'exercise'],
  },
  {
    say: ['prevent', 'prevention', 'avoid', 'stop it happening', 'lower my risk', 'reduce risk'],
    search: ['prevent', 'risk'],
  },
  { say: ['cause', 'causes', 'reason', 'reasons'], search: ['causes'], sameWord: true },
  { say: ['symptom', 'symptoms', 'signs', 'warning signs'], search: ['symptoms', 'signs'], sameWord: true },
  { say: ['risk', 'risks', 'risk factors', 'chances', 'more likely'], search: ['risk'], sameWord: true },
  {
    say: ['treat', 'treated', 'treating', 'treatments', 'cure', 'cures', 'remedy', 'remedies', 'fix', 'help', 'helps'],
    search: ['treatment', 'helps'],
  },
  // Muscles and joints
  {
    say: ['arthritis', 'wear and tear', 'stiff joints', 'joint pain', 'osteoarthritis'],
    search: ['arthritis', 'joints'],
  },
  {
    say: ['pulled muscle', 'strain', 'strained', 'sprain', 'sprained', 'torn muscle', 'injury', 'injured'],
    search: ['strain', 'injury', 'muscles'],
  },
  // Urgency
  {
    say: [
      'emergency',
      'ambulance',
      '999',
      '911',
      '112',
      'er',
      'casualty',
      'emergency room',
      'emergency department',
      'urgent care',
      'urgent',
      'right now',
      'dangerous',
    ],
    search: ['emergency', 'urgent'],
  },
  { say: ['heart attack', 'heart disease'], search: ['heart attack', 'heart disease'] },
  { say: ['stroke', 'mini stroke'], search: ['stroke'] },
  // About the site
  { say: ['author', 'writer', 'written by'], search: ['author'] },
  { say: ['surgeon', 'specialist', 'vascular specialist', 'consultant'], search: ['surgeon'] },
];

/**
 * British and American spellings of the same word part. Both directions are searched, since the
 * site writes British English and readers type either. Whole words that differ (trolley/cart)
 * belong in synonymGroups instead.
 */
export const spellingPairs: readonly (readonly [british: string, american: string])[] = [
  ['ischaem', 'ischem'],
  ['anaem', 'anem'],
  ['haem', 'hem'],
  ['oedem', 'edem'],
  ['oesophag', 'esophag'],
  ['oestrogen', 'estrogen'],
  ['anaesth', 'anesth'],
  ['orthopaed', 'orthoped'],
  ['paediatr', 'pediatr'],
  ['paraesth', 'paresth'],
  ['aemia', 'emia'],
  ['diarrhoea', 'diarrhea'],
  ['foetus', 'fetus'],
  ['colour', 'color'],
  ['behaviour', 'behavior'],
  ['tumour', 'tumor'],
  ['centre', 'center'],
  ['litre', 'liter'],
  ['fibre', 'fiber'],
  ['programme', 'program'],
  ['travell', 'travel'],
  ['grey', 'gray'],
  ['sulph', 'sulf'],
  ['mould', 'mold'],
  ['defence', 'defense'],
  ['licence', 'license'],
  ['disc', 'disk'],
  ['isation', 'ization'],
  ['ise', 'ize'],
  ['ising', 'izing'],
  ['ised', 'ized'],
  ['yse', 'yze'],
];

/**
 * Misspellings the automatic correction (the nearest word the site holds, see
 * src/features/search/spelling.ts) gets wrong or cannot reach. Most slips need no entry here.
 */
export const misspellings: Readonly<Record<string, string>> = {
  claudification: 'claudication',
  doppla: 'doppler',
  ulsur: 'ulcer',
  numbess: 'numbness',
};

/**
 * Class codes from clinic letters, and what each class means in the site's words (see
 * src/features/search/class-codes.ts). From /work/shared/clinical-reference.md (CEAP 2020; Rutherford
 * acute classes, 2016 AHA/ACC) and the Rutherford chronic categories and Fontaine stages of PAD.
 * These only route a search to the page that explains the class; no page states them.
 */
export const classCodes: readonly ClassSystem[] = [
  {
    // CEAP clinical class: "C4", "CEAP C4", "class C4"; an "s" or "a" after it (symptoms) is ignored.
    prefix: '(?:ceap\\s*)?(?:class\\s*)?',
    classes: {
      c0: 'c0 venous',
      c1: 'c1 spider veins',
      c2: 'c2 varicose veins',
      c3: 'c3 venous swelling',
      c4: 'c4 skin changes',
      c5: 'c5 healed ulcer',
      c6: 'c6 open ulcer',
      c0s: 'c0 venous',
      c1s: 'c1 spider veins',
      c2s: 'c2 varicose veins',
      c3s: 'c3 venous swelling',
      c4s: 'c4 skin changes',
      c4a: 'c4 skin changes',
      c4b: 'c4 skin changes',
      c5s: 'c5 healed ulcer',
      c6s: 'c6 open ulcer',
    },
  },
  {
    // Rutherford categories of PAD, 0 to 6; the acute classes are Roman (I, IIa, IIb, III).
    prefix: 'rutherford\\s*(?:category\\s*|class\\s*|grade\\s*|stage\\s*)?',
    classes: {
      '0': 'peripheral artery disease',
      '1': 'claudication',
      '2': 'claudication',
      '3': 'claudication',
      '4': 'rest pain',
      '5': 'arteries ulcer',
      '6': 'gangrene',
      i: 'acute limb ischaemia',
      iia: 'acute limb ischaemia',
      iib: 'acute limb ischaemia',
      ii: 'acute limb ischaemia',
      iii: 'acute limb ischaemia',
    },
  },
  {
    // Fontaine stages of PAD: I none, II walking pain (IIa, IIb by distance), III rest pain, IV ulcers or gangrene.
    prefix: 'fontaine\\s*(?:stage\\s*|class\\s*|grade\\s*)?',
    classes: {
      i: 'peripheral artery disease',
      ii: 'claudication',
      iia: 'claudication',
      iib: 'claudication',
      iii: 'rest pain',
      iv: 'gangrene',
      '1': 'peripheral artery disease',
      '2': 'claudication',
      '2a': 'claudication',
      '2b': 'claudication',
      '3': 'rest pain',
      '4': 'gangrene',
    },
  },
];

/**
 * Searches that ask for a tool or for who made the site (see src/features/search/intents.ts): the page
 * that answers them comes first. Triggers are what readers type; each word must be in the search.
 */
export const intents: readonly Intent[] = [
  {
    page: '/handout/',
    search: 'handout',
    triggers: [
      'print*',
      'handout',
      'leaflet',
      'pamphlet',
      'take doctor',
      'take gp',
      'bring doctor',
      'bring gp',
      'show doctor',
      'show gp',
    ],
  },
  {
    page: '/abi-calculator/',
    search: 'calculator',
    triggers: ['calculat*', 'work out', 'ratio', 'abi number*', 'abi result*', 'abi reading*', 'ankle arm pressure*'],
  },
  {
    page: '/shopping-cart-sign-quiz/',
    search: 'self check',
    triggers: [
      'quiz',
      'self check',
      'selfcheck',
      'check myself',
      'test myself',
      'questionnaire',
      'back or arteries',
      'back or circulation',
      'nerves or arteries',
      'nerves or circulation',
    ],
  },
  {
    page: '/about/',
    search: 'about this site',
    triggers: [
      'who wrote',
      'who writes',
      'written by',
      'author*',
      'who made',
      'who checked',
      'checked by',
      'reviewed by',
      'who runs',
      'who behind',
      'trust this',
    ],
  },
];
