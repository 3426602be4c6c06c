// The inspectorate's vocabulary as data: the cues that carry a judgement or a status, the themes of each PEEL
// pillar, the partners, victim groups, communities, risks and powers reports name, and the PEEL questions.
// Drafting reads only this file for words; change the words here, not in the rules.
import type { EntityKind } from '../graph/records.ts';

export type { EntityKind };

export type Judgement = 'STRENGTH' | 'IMPROVED' | 'AREA_FOR_IMPROVEMENT' | 'CAUSE_OF_CONCERN';
export type FindingStatus = 'ESTABLISHED' | 'EXPLORING' | 'PLANNED' | 'NOT_YET';
export type Pillar = 'EFFECTIVENESS' | 'EFFICIENCY' | 'LEGITIMACY';

export interface JudgementCue {
  judgement: Judgement | null;
  status: FindingStatus;
  /** How sure a reviewer can be that the words mean this: plain phrases high, loose praise ("well") lower. */
  confidence: number;
  /** Phrases, lower case; a space matches any run of space, `…` any few words between. */
  phrases: string[];
}

/**
 * Judgement cues, strongest first: a clause takes the first group with a phrase in it, so a concern outranks an
 * area for improvement, which outranks a plan, which outranks praise ("I am pleased that the force is exploring").
 */
export const judgementCues: JudgementCue[] = [
  { judgement: 'CAUSE_OF_CONCERN', status: 'ESTABLISHED', confidence: 0.95, phrases: ['i am concerned', 'i am seriously concerned', 'cause of concern', 'cause for concern', 'causes of concern', 'serious concerns', 'serious concern', 'is inadequate', 'are inadequate', 'graded as inadequate', 'i have concerns'] },
  { judgement: 'AREA_FOR_IMPROVEMENT', status: 'NOT_YET', confidence: 0.85, phrases: ['has yet to', 'have yet to', 'is yet to', 'are yet to', 'has not yet', 'have not yet', 'is not yet', 'are not yet', 'does not yet', 'do not yet'] },
  { judgement: 'AREA_FOR_IMPROVEMENT', status: 'ESTABLISHED', confidence: 0.9, phrases: ['needs to improve', 'need to improve', 'should improve', 'must improve', 'could do more', 'needs to do more', 'need to do more', 'should do more', 'requires improvement', 'require improvement', 'more it needs to do', 'more the force needs to do', 'should make sure', 'should develop', 'has not improved', 'have not improved', 'limited understanding', 'inaccurate', 'area for improvement', 'areas for improvement', 'needs to make', 'needs to ensure', 'should ensure', 'needs to understand', 'needs to develop', 'is not always', 'are not always', 'does not always', 'do not always', 'too often', 'too many', 'inconsistent', 'less effective'] },
  { judgement: null, status: 'EXPLORING', confidence: 0.8, phrases: ['is exploring', 'are exploring', 'is piloting', 'is trialling', 'has begun to', 'is starting to', 'early stages'] },
  { judgement: null, status: 'PLANNED', confidence: 0.8, phrases: ['plans to', 'plan for', 'plan to', 'intends to', 'is developing', 'are developing', 'will introduce', 'is due to'] },
  { judgement: 'IMPROVED', status: 'ESTABLISHED', confidence: 0.9, phrases: ['has improved', 'have improved', 'has continued to improve', 'now has a greater', 'now has a better', 'significant improvements', 'significant improvement', 'improvements since', 'is better at', 'are better at', 'has made improvements', 'has made good progress', 'has made some progress', 'has made progress'] },
  { judgement: 'STRENGTH', status: 'ESTABLISHED', confidence: 0.9, phrases: ['is good at', 'are good at', 'is effective at', 'are effective at', 'is very effective', 'is highly effective', 'works well with', 'work well with', 'high quality', 'high-quality', 'consistently good', 'i am impressed', 'impressed by', 'with fairness', 'fairly and with respect', 'makes good use', 'good use of', 'is outstanding', 'outstanding', 'strong links', 'understand their role', 'appropriate skills', 'positive about', 'has a culture of', 'frequently seeks', 'targeted work', 'allows it to', 'is good', 'are good', 'are sound', 'is sound', 'feels valued', 'feel valued', 'fairly', 'effectively', 'promote a culture of', 'good understanding', 'strong understanding', 'clear understanding', 'clear vision', 'well-tested', 'well trained', 'well equipped', 'seeks feedback', 'effective', 'well'] },
  { judgement: 'STRENGTH', status: 'ESTABLISHED', confidence: 0.6, phrases: ['actively', 'are visible', 'feel safe', 'committed to', 'commitment to', 'thorough', 'robust', 'impressive', 'realistic', 'is balanced', 'good'] },
];

/** "I am very pleased with all aspects of the performance of …": a verdict on the force as a whole. */
export const overallVerdict = /\b(?:pleased|impressed|satisfied) with (?:all aspects of )?(?:the )?(?:overall )?performance of\b/i;
export const overallThemeId = 'overall-performance';

/** "We recommend that the force …": a recommendation, which carries the judgement of the concern it answers. */
export const recommendation = /\bwe (?:also |further )?recommend\b/i;

/** "…, when we found that too many cases lacked a plan": what the last inspection found, not a judgement today. */
export const pastFinding = /^we (?:found|reported|noted|saw)\b/i;

/** Verbs that turn a partner into a working partnership, an offender group into one the force tackles, and so on. */
export const relationCues = {
  worksWith: /\b(?:work(?:s|ed|ing)?|partnership|collaborat\w*) (?:well |closely |effectively )?with\b|\b(?:shared|joint) \w+(?: \w+)? with\b/i,
  informs: /\b(?:informed by|data from|information from|intelligence from)\b/i,
  tackles: /\b(?:tackl\w*|bring(?:s|ing)? to justice|disrupt\w*|pursu\w*|manag\w* the risk posed by|manag\w* (?:repeat|prolific|dangerous|violent) |target\w*)\b/i,
  faces: /\b(?:risk of|threat|threats|faces|facing|exposed to)\b/i,
  threatens: /\b(?:exploit\w*|harm\w*|endanger\w*|prey on)\b/i,
  engages: /\b(?:links? (?:to|with)|engag\w*|work(?:s|ed|ing)? with|reach\w*|trust (?:of|from))\b/i,
};

/** Words that point back to the previous sentence ("the threat it is facing", "This is a cause of concern."). */
export const anaphora = /^(?:this|these|that|those|it|its|the threat|the risk|the problem|such)\b/i;

export interface LexiconEntity {
  /** Ids of entities that belong to one force carry `{force}-` in front: partners the report does not name. */
  id: string;
  name: string;
  kind: EntityKind;
  pillar?: Pillar;
  terms: string[];
  /** The term counts only when one of these words is in the same clause too. */
  requires?: string[];
  /** An offender group: the force tackles it rather than faces it. */
  offenders?: boolean;
  /** A power and the group it restricts. */
  restricts?: string;
  /** A risk and the theme that is the force's work against it ("a good understanding of the threat from county lines"). */
  theme?: string;
}

export const entities: LexiconEntity[] = [
  // Themes with no pillar: the force as a whole.
  { id: 'overall-service', name: 'Service to the public', kind: 'THEME', terms: ['consistently good service', 'good service', 'service to the public', 'overall service', 'service it provides'] },
  // Effectiveness.
  { id: 'leadership', name: 'Leadership', kind: 'THEME', terms: ['leadership', 'chief officer team', 'senior leadership team', 'future leaders'] },
  { id: 'investigation', name: 'Investigating crime', kind: 'THEME', pillar: 'EFFECTIVENESS', terms: ['investigations', 'investigation', 'investigating crime', 'investigated', 'investigates crime'] },
  { id: 'protecting-vulnerable-people', name: 'Protecting vulnerable people', kind: 'THEME', pillar: 'EFFECTIVENESS', terms: ['safeguarding', 'protecting vulnerable people', 'protects vulnerable people', 'protect vulnerable people'] },
  { id: 'neighbourhood-policing', name: 'Neighbourhood policing', kind: 'THEME', pillar: 'EFFECTIVENESS', terms: ['neighbourhood policing', 'neighbourhood teams', 'local policing'] },
  { id: 'reducing-reoffending', name: 'Reducing reoffending', kind: 'THEME', pillar: 'EFFECTIVENESS', terms: ['reduce reoffending', 'reducing reoffending', 'reoffending', 'reducing re-offending', 're-offending', 'manages repeat offenders', 'managing offenders', 'offender management'] },
  { id: 'preventing-crime', name: 'Preventing crime and anti-social behaviour', kind: 'THEME', pillar: 'EFFECTIVENESS', terms: ['preventing crime', 'prevent crime', 'anti-social behaviour', 'crime prevention'] },
  { id: 'serious-and-organised-crime-response', name: 'Tackling serious and organised crime', kind: 'THEME', pillar: 'EFFECTIVENESS', terms: ['serious and organised crime', 'organised crime'] },
  { id: 'responding-to-the-public', name: 'Responding to the public', kind: 'THEME', pillar: 'EFFECTIVENESS', terms: ['calls for service', 'answers emergency calls', 'responding to the public', 'responds to calls', 'response times', '999 calls', 'call handling', 'emergency calls', 'non-emergency calls'] },
  { id: 'digital-forensics', name: 'Digital forensics', kind: 'THEME', pillar: 'EFFECTIVENESS', terms: ['digital forensics', 'digital forensic'] },
  { id: 'specialist-capabilities', name: 'Specialist capabilities', kind: 'THEME', pillar: 'EFFECTIVENESS', terms: ['specialist capabilities', 'armed officers', 'armed response', 'firearms', 'armed criminals', 'terrorist attack'] },
  { id: 'crime-recording', name: 'Crime recording', kind: 'THEME', pillar: 'EFFECTIVENESS', terms: ['crime recording', 'records crime', 'recording of crime', 'crime data integrity'] },
  // Efficiency.
  { id: 'priority-based-budgeting', name: 'Priority based budgeting', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['priority based approach to budgeting', 'priority-based budgeting', 'priority based budgeting', 'budgeting'] },
  { id: 'understanding-demand', name: 'Understanding demand', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['understanding of demand', 'understanding demand', 'understand demand', 'understands demand', 'demand it faces', 'current and future demand'] },
  { id: 'reducing-demand', name: 'Reducing demand', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['reduce demand', 'reducing demand'] },
  { id: 'using-resources', name: 'Using resources', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['uses its resources', 'use its resources', 'using its resources', 'use of resources', 'using resources'] },
  { id: 'planning-for-the-future', name: 'Planning for the future', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['planning for the future', 'planning for demand in the future', 'plans for the future'] },
  { id: 'body-worn-video', name: 'Body-worn video', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['body-worn video', 'body-worn cameras'] },
  { id: 'pooling-resources', name: 'Pooling resources', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['pool resources', 'pooling resources', 'share resources', 'sharing resources'] },
  { id: 'improving-service-outcomes', name: 'Improving service outcomes', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['improve service outcomes', 'improving service outcomes', 'better outcomes'] },
  { id: 'digital-technology', name: 'Digital technology', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['digital technology', 'digital tools', 'information technology', 'ict'] },
  { id: 'mobile-devices', name: 'Mobile devices', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['mobile devices', 'mobile technology', 'mobile data'] },
  { id: 'workforce-planning', name: 'Workforce planning', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['workforce planning', 'workforce plan', 'skills of its workforce', 'skills gaps'] },
  { id: 'financial-planning', name: 'Financial planning', kind: 'THEME', pillar: 'EFFICIENCY', terms: ['financial plans', 'financial planning', 'savings plan', 'medium-term financial', 'balanced budget'] },
  // Legitimacy.
  { id: 'treating-the-public-fairly', name: 'Treating the public fairly', kind: 'THEME', pillar: 'LEGITIMACY', terms: ['people it serves', 'the public', 'communities it serves'], requires: ['fairness', 'fairly', 'respect'] },
  { id: 'treating-the-workforce-fairly', name: 'Treating the workforce fairly', kind: 'THEME', pillar: 'LEGITIMACY', terms: ['officers and staff', 'its workforce', 'its own staff', 'the workforce'], requires: ['fairness', 'fairly', 'respect', 'valued'] },
  { id: 'ethical-and-lawful-behaviour', name: 'Ethical and lawful behaviour', kind: 'THEME', pillar: 'LEGITIMACY', terms: ['ethical and lawful behaviour', 'ethical behaviour', 'code of ethics'] },
  { id: 'seeking-feedback', name: 'Seeking feedback', kind: 'THEME', pillar: 'LEGITIMACY', terms: ['seeks feedback', 'seeking feedback', 'feedback from the public', 'feedback'] },
  { id: 'values-and-culture', name: 'Values and culture', kind: 'THEME', pillar: 'LEGITIMACY', terms: ['values', "force's culture", 'its culture', 'culture of the force', 'organisational culture'] },
  { id: 'vetting', name: 'Vetting', kind: 'THEME', pillar: 'LEGITIMACY', terms: ['vetting', 'vetted'] },
  { id: 'managing-abuse-of-authority', name: 'Managing abuse of authority', kind: 'THEME', pillar: 'LEGITIMACY', terms: ['managing the risk of officers and staff abusing their authority', 'approach to managing the risk', 'counter-corruption', 'counter corruption', 'anti-corruption', 'professional standards'] },
  { id: 'stop-and-search', name: 'Stop and search', kind: 'THEME', pillar: 'LEGITIMACY', terms: ['stop and search', 'use of force'] },
  { id: 'wellbeing', name: 'Workforce wellbeing', kind: 'THEME', pillar: 'LEGITIMACY', terms: ['wellbeing', 'well-being'] },
  // Partners the report does not name: one entity per force.
  { id: '{force}-other-agencies', name: 'Other agencies', kind: 'PARTNER', terms: ['other agencies', 'partner agencies'] },
  { id: '{force}-partner-organisations', name: 'Partner organisations', kind: 'PARTNER', terms: ['partner organisations', 'its partners', 'partners'] },
  { id: '{force}-local-authorities', name: 'Local authorities', kind: 'PARTNER', terms: ['local authorities', 'local authority', 'councils', 'council'] },
  { id: '{force}-health-services', name: 'Health services', kind: 'PARTNER', terms: ['health services', 'health partners', 'the nhs', 'mental health services'] },
  { id: '{force}-fire-and-rescue-service', name: 'Fire and rescue service', kind: 'PARTNER', terms: ['fire and rescue service', 'fire service'] },
  { id: '{force}-probation', name: 'Probation service', kind: 'PARTNER', terms: ['probation service', 'probation'] },
  // Victim groups.
  { id: 'vulnerable-victims-of-crime', name: 'Vulnerable victims of crime', kind: 'VICTIM_GROUP', terms: ['vulnerable victims of crime', 'vulnerable victims'] },
  { id: 'victims-of-domestic-abuse', name: 'Victims of domestic abuse', kind: 'VICTIM_GROUP', terms: ['victims of domestic abuse', 'domestic abuse victims'] },
  { id: 'vulnerable-people', name: 'Vulnerable people', kind: 'VICTIM_GROUP', terms: ['people who may be vulnerable', 'vulnerable people', 'people who are vulnerable', 'vulnerable adults'] },
  { id: 'children-at-risk', name: 'Children at risk', kind: 'VICTIM_GROUP', terms: ['children at risk', 'vulnerable children', 'children at risk of exploitation', 'missing children', 'missing child', 'children who go missing', 'children go missing', 'child is reported missing', 'child criminal exploitation'] },
  { id: 'keeping-victims-informed', name: 'Keeping victims informed', kind: 'THEME', pillar: 'EFFECTIVENESS', terms: ['keeps victims informed', 'keeping victims informed', 'victims informed', 'victims are kept informed'] },
  { id: 'victims-of-crime', name: 'Victims of crime', kind: 'VICTIM_GROUP', terms: ['victims of crime', 'victims'] },
  // Communities.
  { id: 'people-with-less-trust-and-confidence', name: 'People with less trust and confidence in the police', kind: 'COMMUNITY', terms: ['less trust and confidence in the police', 'less trust and confidence', 'seldom-heard groups', 'hard to reach'] },
  // Risks and offender groups.
  { id: 'serious-and-organised-crime', name: 'Serious and organised crime', kind: 'RISK', theme: 'serious-and-organised-crime-response', terms: ['serious and organised crime', 'organised crime groups', 'organised crime'] },
  { id: 'abuse-of-authority-for-sexual-gain', name: 'Abuse of authority for sexual gain', kind: 'RISK', terms: ['abusing their authority for sexual gain', 'abuse of authority for sexual gain', 'abuse of position for a sexual purpose', 'abusing their position for a sexual purpose'] },
  { id: 'repeat-and-dangerous-offenders', name: 'Repeat and dangerous offenders', kind: 'RISK', offenders: true, terms: ['repeat and dangerous offenders', 'dangerous offenders', 'repeat offenders', 'prolific offenders'] },
  { id: 'domestic-abuse-perpetrators', name: 'Domestic abuse perpetrators', kind: 'RISK', offenders: true, terms: ['perpetrators of domestic abuse', 'domestic abuse perpetrators', 'perpetrators'] },
  { id: 'county-lines', name: 'County lines drug dealing', kind: 'RISK', theme: 'serious-and-organised-crime-response', terms: ['county lines'] },
  { id: 'cyber-crime', name: 'Cyber crime', kind: 'RISK', terms: ['cyber crime', 'cybercrime', 'online fraud'] },
  // Powers.
  { id: 'restrictions-on-perpetrators', name: 'Powers to restrict perpetrators', kind: 'POWER', restricts: 'domestic-abuse-perpetrators', terms: ['powers to place restrictions on perpetrators', 'restrictions on perpetrators', 'domestic violence protection orders', 'domestic violence protection notices'] },
  { id: 'bail-conditions', name: 'Bail and release conditions', kind: 'POWER', terms: ['bail conditions', 'pre-charge bail', 'released under investigation'] },
];

/** "the people of Cheshire": a community named by the place the force polices. */
export const peopleOfPlace = /\bthe (?:people|communities|residents) of ((?:[A-Z][a-z]+)(?: (?:and )?[A-Z][a-z]+)*)/;

/** How forces and inspectors are named, for proposing metadata from the text and new entities from it. */
export const forceName = /\b((?:[A-Z][a-z]+ ){1,3}(?:Constabulary|Police Service|Police))\b/;
export const inspectorName = /\b(?:HMI|HM Inspector of Constabulary|Her Majesty's Inspector of Constabulary|HM Inspector)\s+((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)/;

/** The PEEL questions, by pillar, as reports of 2015 to 2017 ask them; a heading that asks one names the pillar. */
export const peelQuestions: { pillar: Pillar; question: string }[] = [
  { pillar: 'EFFECTIVENESS', question: 'How effective is the force at keeping people safe and reducing crime?' },
  { pillar: 'EFFECTIVENESS', question: 'How effective is the force at preventing crime, tackling anti-social behaviour and keeping people safe?' },
  { pillar: 'EFFECTIVENESS', question: 'How effective is the force at investigating crime and reducing re-offending?' },
  { pillar: 'EFFECTIVENESS', question: 'How effective is the force at protecting those who are vulnerable from harm, and supporting victims?' },
  { pillar: 'EFFECTIVENESS', question: 'How effective is the force at tackling serious and organised crime?' },
  { pillar: 'EFFICIENCY', question: 'How efficient is the force at keeping people safe and reducing crime?' },
  { pillar: 'EFFICIENCY', question: 'How well does the force understand demand?' },
  { pillar: 'EFFICIENCY', question: 'How well does the force use its resources?' },
  { pillar: 'EFFICIENCY', question: 'How well is the force planning for demand in the future?' },
  { pillar: 'LEGITIMACY', question: 'How legitimate is the force at keeping people safe and reducing crime?' },
  { pillar: 'LEGITIMACY', question: 'To what extent does the force treat all of the people it serves with fairness and respect?' },
  { pillar: 'LEGITIMACY', question: 'How well does the force ensure that its workforce behaves ethically and lawfully?' },
  { pillar: 'LEGITIMACY', question: 'To what extent does the force treat its workforce with fairness and respect?' },
];

/** Grades as reports print them; a grade sentence ("The force is graded as good") is a judgement of its pillar. */
export const grades = ['outstanding', 'good', 'requires improvement', 'inadequate'] as const;
