// The words synthetic assessments are written with: PEEL-like topics, partners, groups, risks and powers.
import type { Pillar } from '../server/graph/records.ts';

/** Themes of policing, each with the PEEL pillar it belongs to, phrased to follow "good at" or "improve". */
export const themeTopics: readonly { phrase: string; pillar: Pillar }[] = [
  { phrase: 'investigating crime', pillar: 'EFFECTIVENESS' },
  { phrase: 'protecting vulnerable people', pillar: 'EFFECTIVENESS' },
  { phrase: 'neighbourhood policing', pillar: 'EFFECTIVENESS' },
  { phrase: 'reducing reoffending', pillar: 'EFFECTIVENESS' },
  { phrase: 'tackling serious and organised crime', pillar: 'EFFECTIVENESS' },
  { phrase: 'responding to calls from the public', pillar: 'EFFECTIVENESS' },
  { phrase: 'managing sex offenders', pillar: 'EFFECTIVENESS' },
  { phrase: 'tackling fraud', pillar: 'EFFECTIVENESS' },
  { phrase: 'tackling cyber crime', pillar: 'EFFECTIVENESS' },
  { phrase: 'finding missing children', pillar: 'EFFECTIVENESS' },
  { phrase: 'priority based budgeting', pillar: 'EFFICIENCY' },
  { phrase: 'reducing demand', pillar: 'EFFICIENCY' },
  { phrase: 'using digital technology', pillar: 'EFFICIENCY' },
  { phrase: 'using mobile devices', pillar: 'EFFICIENCY' },
  { phrase: 'planning for future demand', pillar: 'EFFICIENCY' },
  { phrase: 'managing its estate', pillar: 'EFFICIENCY' },
  { phrase: 'collaborating with other forces', pillar: 'EFFICIENCY' },
  { phrase: 'treating the public fairly', pillar: 'LEGITIMACY' },
  { phrase: 'treating the workforce fairly', pillar: 'LEGITIMACY' },
  { phrase: 'ethical and lawful behaviour', pillar: 'LEGITIMACY' },
  { phrase: 'seeking feedback', pillar: 'LEGITIMACY' },
  { phrase: 'vetting its workforce', pillar: 'LEGITIMACY' },
  { phrase: 'using stop and search fairly', pillar: 'LEGITIMACY' },
  { phrase: 'looking after workforce wellbeing', pillar: 'LEGITIMACY' },
];

/** Where a theme applies; combined with the topic so that thousands of themes still read naturally. */
export const themeSettings: readonly string[] = [
  'in rural areas',
  'in town centres',
  'online',
  'for young people',
  'at night',
  'across the county',
  'in custody',
  'on the roads',
  'in schools',
  'for older people',
];

export const victimGroups: readonly string[] = [
  'victims of domestic abuse',
  'vulnerable people',
  'vulnerable victims of crime',
  'children at risk of exploitation',
  'victims of stalking',
  'victims of fraud',
  'people with mental ill health',
  'victims of hate crime',
  'older people living alone',
  'victims of modern slavery',
  'people with less trust and confidence in the police',
  'victims of sexual offences',
];

export const risks: readonly string[] = [
  'domestic abuse perpetrators',
  'repeat and dangerous offenders',
  'serious and organised crime',
  'abuse of authority for sexual gain',
  'county lines drug dealing',
  'child sexual exploitation',
  'online fraud',
  'knife crime',
  'cyber attacks',
  'human trafficking',
  'anti-social behaviour',
  'violent extremism',
];

export const powers: readonly string[] = [
  'domestic violence protection orders',
  'sexual harm prevention orders',
  'stalking protection orders',
  'closure orders',
  'dispersal powers',
  'slavery and trafficking prevention orders',
];

export const partnerKinds: readonly string[] = [
  'county council',
  'NHS trust',
  'fire and rescue service',
  'probation service',
  'youth offending team',
  'housing association',
  'victim support charity',
  'ambulance service',
  'community safety partnership',
  'university',
  'children’s services',
  'mental health trust',
];

export const communityKinds: readonly string[] = [
  'residents',
  'young people',
  'business owners',
  'students',
  'faith groups',
  'rural communities',
  'minority ethnic communities',
  'older residents',
];

export const verdicts: readonly string[] = ['very pleased', 'pleased', 'encouraged', 'concerned', 'disappointed'];
