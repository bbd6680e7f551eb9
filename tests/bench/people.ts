// Fictitious people, companies and mail for the bench inbox. Person i is a pure function of i, so
// the page (which gets these lists as JSON) and Node agree on who is where. Every name, company
// and domain here is invented; the domains use reserved-looking made-up names.

/** [shown name, ascii slug for the address]. */
export const FIRST_NAMES: readonly (readonly [string, string])[] = [
  ['Priya', 'priya'], ['Hanna', 'hanna'], ['Tom', 'tom'], ['Rita', 'rita'], ['Dana', 'dana'],
  ['Mateo', 'mateo'], ['Zoë', 'zoe'], ['José', 'jose'], ['Aiko', 'aiko'], ['Lars', 'lars'],
  ['Fatima', 'fatima'], ['Kwame', 'kwame'], ['Ingrid', 'ingrid'], ['Ravi', 'ravi'], ['Chloé', 'chloe'],
  ['Noah', 'noah'], ['Mei', 'mei'], ['Omar', 'omar'], ['Sofia', 'sofia'], ['Jonas', 'jonas'],
  ['Amara', 'amara'], ['Luca', 'luca'], ['Yuki', 'yuki'], ['Elif', 'elif'], ['Marek', 'marek'],
  ['Nadia', 'nadia'], ['Diego', 'diego'], ['Freya', 'freya'], ['Tariq', 'tariq'], ['Wei', 'wei'],
  ['芳', 'fang'], ['磊', 'lei'], ['Björn', 'bjorn'], ['Leila', 'leila'], ['Pavel', 'pavel'],
  ['Grace', 'grace'], ['Kofi', 'kofi'], ['Anika', 'anika'], ['Hugo', 'hugo'], ['Maya', 'maya'],
];
export const LAST_NAMES: readonly (readonly [string, string])[] = [
  ['Raman', 'raman'], ['Schneider', 'schneider'], ['Becker', 'becker'], ['Okonkwo', 'okonkwo'], ['Okafor', 'okafor'],
  ['Fernández', 'fernandez'], ['Lindqvist', 'lindqvist'], ['Tanaka', 'tanaka'], ['Haddad', 'haddad'], ['Mensah', 'mensah'],
  ['Kowalski', 'kowalski'], ['Nakamura', 'nakamura'], ['Dubois', 'dubois'], ['Petrova', 'petrova'], ['Chen', 'chen'],
  ['Andersen', 'andersen'], ['Silva', 'silva'], ['Novak', 'novak'], ['Ibrahim', 'ibrahim'], ['Rossi', 'rossi'],
  ['Yilmaz', 'yilmaz'], ['Murphy', 'murphy'], ['Kaur', 'kaur'], ['Moreau', 'moreau'], ['Svensson', 'svensson'],
  ['Adeyemi', 'adeyemi'], ['Horvat', 'horvat'], ['Costa', 'costa'], ['Weber', 'weber'], ['Park', 'park'],
  ['王', 'wang'], ['李', 'li'], ['Jansen', 'jansen'], ['Quispe', 'quispe'], ['Dimitrov', 'dimitrov'],
  ['Osei', 'osei'], ['Larsen', 'larsen'], ['Varga', 'varga'], ['Brennan', 'brennan'], ['Sato', 'sato'],
];
/** Invented companies and their mail domains; the free-mail ones make consumer leads. */
export const COMPANIES: readonly (readonly [string, string])[] = [
  ['Northwind Traders', 'northwind-traders.example'], ['Brightwater Logistics', 'brightwater-logistics.example'],
  ['Harborview Dental', 'harborview-dental.example'], ['Mingyuan Tech', 'mingyuan-tech.example'],
  ['Contoso Foods', 'contoso-foods.example'], ['Bluefin Analytics', 'bluefin-analytics.example'],
  ['Cedar & Pine Realty', 'cedarpine-realty.example'], ['Orbit Freight', 'orbit-freight.example'],
  ['Lumen Clinics', 'lumen-clinics.example'], ['Kestrel Robotics', 'kestrel-robotics.example'],
  ['Atlas Build', 'atlas-build.example'], ['Saffron Hotels', 'saffron-hotels.example'],
  ['Pebble Schools', 'pebble-schools.example'], ['Ironleaf Farms', 'ironleaf-farms.example'],
  ['Vantage Insurance', 'vantage-insurance.example'], ['Huadong Distribution', 'huadong-dist.example'],
  ['Gmail user', 'gmail.com'], ['Outlook user', 'outlook.com'], ['Fjord Energy', 'fjord-energy.example'],
  ['Quarry Media', 'quarry-media.example'], ['Tandem Bikes', 'tandem-bikes.example'],
  ['Meridian Legal', 'meridian-legal.example'], ['Copperline Telecom', 'copperline-telecom.example'],
  ['Willow Care Homes', 'willow-care.example'], ['Sable Security', 'sable-security.example'],
];
export const SUBJECTS: readonly string[] = [
  'Q3 renewal: revised quote for 40 seats', 'Pricing for the EU rollout + demo next Tuesday?',
  '关于5月发票与回款进度的确认', 'Re: Support ticket – sync fails after upgrade', 'Agenda for the quarterly business review',
  'Market survey: scheduling tools for clinics', 'Invoice INV-2291 is 45 days overdue', 'Intro: our regional distributor',
  'Re: Pilot results and next steps', 'Contract redlines (v3)', 'Can we move Thursday’s call?', 'Volume discount for 200 units',
  'Trade-show follow-up: booth B12', 'Onboarding checklist for the new team', 'Re: PO 88412 approved', '报价单和交货时间',
];
export const SNIPPETS: readonly string[] = [
  'Hi Alex, thanks for the call on Monday. Before we sign the renewal…', 'we are evaluating three vendors for our warehouses…',
  'Alex您好，附件是本月的发票，请帮忙确认回款时间…', 'Still seeing the error after the 4.2.1 update, screenshot attached…',
  'Attached is the draft agenda for the QBR on the 27th…', 'Happy to share what we use today and what we miss…',
  'Following up on the invoice below; could you confirm a payment date?', 'Looping in our partner who covers the north…',
];

export interface BenchPerson {
  name: string;
  email: string;
  company: string;
}

/** Person i: 40 × 40 names × 25 companies = 40,000 distinct addresses before any repeat. */
export function personAt(i: number): BenchPerson {
  const [first, firstSlug] = FIRST_NAMES[i % FIRST_NAMES.length]!;
  const [last, lastSlug] = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
  const [company, domain] = COMPANIES[Math.floor(i / (FIRST_NAMES.length * LAST_NAMES.length)) % COMPANIES.length]!;
  const cjk = /[^\x00-\u024f]/.test(first + last);
  const cycle = Math.floor(i / (FIRST_NAMES.length * LAST_NAMES.length * COMPANIES.length));
  return { name: cjk ? `${last}${first}` : `${first} ${last}`, email: `${firstSlug}.${lastSlug}${cycle ? cycle : ''}@${domain}`, company };
}
