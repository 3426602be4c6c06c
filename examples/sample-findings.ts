// The findings of the fictional sample assessments, by sentence and verbatim quote, read from examples/texts/ by the
// rules of docs/model.md: build-assessment-files.ts turns them into canonical files with the quotes' offsets.
// Harrowdale's two years differ so that comparing them finds findings of every kind of change (new, resolved,
// persisting, worse, and some the later report no longer mentions); their themes are the Cheshire seed's where the
// words mean the same, so one theme links every force's findings about it.
import type { ParticipantRole } from '../server/assessments/assessment-file.ts';
import type { Basis, EntityKind, FindingStatus, Judgement, Pillar, RelationshipType } from '../server/graph/records.ts';

export interface SampleEntity {
  id: string;
  kind: EntityKind;
  name: string;
  pillar: Pillar | null;
  aliases: string[];
  summary: string;
}

export interface SampleFinding {
  sentence: number;
  quote: string;
  judgement: Judgement | null;
  basis?: Basis;
  status?: FindingStatus;
  inferredFrom?: number[];
  participants: [string, ParticipantRole][];
  edges: [string, RelationshipType, string][];
}

export interface SampleAssessment {
  id: string;
  title: string;
  force: string;
  inspector: string;
  year: number;
  /** Its text in examples/texts/. */
  file: string;
  findings: SampleFinding[];
}

const theme = (id: string, name: string, pillar: Pillar | null, aliases: string[], summary: string): SampleEntity => ({
  id,
  kind: 'THEME',
  name,
  pillar,
  aliases,
  summary,
});
const other = (id: string, kind: EntityKind, name: string, aliases: string[], summary: string): SampleEntity => ({
  id,
  kind,
  name,
  pillar: null,
  aliases,
  summary,
});

/**
 * Every entity the samples name. Those the Cheshire seed already holds carry its values (cypher/20-…), so that
 * loading a sample where they are missing writes what the seed would; loading never changes an entity that exists.
 */
export const sampleEntities: readonly SampleEntity[] = [
  // The fictional forces, inspectors, partners and communities: the samples' own.
  other('harrowdale-constabulary', 'FORCE', 'Harrowdale Constabulary', ['Harrowdale'], 'A fictional police force, the subject of two sample assessments (2021 and 2023).'),
  other('brackenfield-police', 'FORCE', 'Brackenfield Police', ['Brackenfield'], 'A fictional police force, the subject of a sample assessment (2022).'),
  other('hmi-rowena-ashcombe', 'INSPECTOR', 'HMI Rowena Ashcombe', ['Rowena Ashcombe'], 'A fictional HM Inspector, who gives the sample assessments of Harrowdale Constabulary (2021) and Brackenfield Police (2022).'),
  other('hmi-tobias-wrenfield', 'INSPECTOR', 'HMI Tobias Wrenfield', ['Tobias Wrenfield'], 'A fictional HM Inspector, who gives the sample assessment of Harrowdale Constabulary (2023).'),
  other('harrowdale-other-agencies', 'PARTNER', 'Other agencies', ['other agencies'], 'Agencies, not named in the sample, to which Harrowdale Constabulary refers people who may be vulnerable.'),
  other('harrowdale-youth-justice-partnership', 'PARTNER', 'Harrowdale Youth Justice Partnership', [], 'A fictional partnership with which Harrowdale Constabulary works to reduce reoffending among young people.'),
  other('harrowdale-partner-organisations', 'PARTNER', 'Partner organisations', ['partner organisations', 'partners'], 'Organisations, not named in the sample, with which Harrowdale Constabulary assesses the threat from serious and organised crime.'),
  other('people-of-harrowdale', 'COMMUNITY', 'People of Harrowdale', [], 'The people of the fictional Harrowdale.'),
  other('brackenfield-county-council', 'PARTNER', 'Brackenfield County Council', [], 'A fictional council with which Brackenfield Police safeguards children at risk of exploitation.'),
  other('brackenfield-neighbouring-forces', 'PARTNER', 'Neighbouring forces', ['neighbouring forces'], 'Forces, not named in the sample, with which Brackenfield Police shares intelligence.'),
  other('brackenfield-rural-communities', 'COMMUNITY', 'Rural communities of Brackenfield', ['rural communities'], 'The rural communities of the fictional Brackenfield.'),
  // Shared entities the seed lacks: they name no force, so other forces' findings about them meet here.
  theme('understanding-demand', 'Understanding demand', 'EFFICIENCY', ['the demand it faces'], 'A force’s understanding of the demand it faces.'),
  theme('responding-to-the-public', 'Responding to the public', 'EFFECTIVENESS', ['answering emergency calls'], 'How quickly and well a force answers and responds to calls from the public.'),
  theme('workforce-wellbeing', 'Workforce wellbeing', 'LEGITIMACY', ['wellbeing of its workforce'], 'Looking after the wellbeing of a force’s officers and staff.'),
  other('children-at-risk-of-exploitation', 'VICTIM_GROUP', 'Children at risk of exploitation', [], 'Children at risk of exploitation.'),
  // Shared entities of the Cheshire seed, with its values.
  theme('overall-performance', 'Overall performance', null, ['all aspects of the performance'], 'All aspects of a force\'s performance, judged together.'),
  theme('overall-service', 'Service to the public', null, ['service'], 'The service a force provides, judged as a whole.'),
  theme('investigation', 'Investigating crime', 'EFFECTIVENESS', ['investigations', 'investigating crime'], 'The quality of investigations, the skills of those who carry them out, and their supervision.'),
  theme('protecting-vulnerable-people', 'Protecting vulnerable people', 'EFFECTIVENESS', ['safeguarding'], 'Identifying people who may be vulnerable and applying safeguarding measures.'),
  theme('neighbourhood-policing', 'Neighbourhood policing', 'EFFECTIVENESS', [], 'Policing local neighbourhoods.'),
  theme('reducing-reoffending', 'Reducing reoffending', 'EFFECTIVENESS', ['reoffending'], 'Work to reduce reoffending.'),
  theme('serious-and-organised-crime-response', 'Tackling serious and organised crime', 'EFFECTIVENESS', ['serious and organised crime'], 'A force\'s ability to tackle serious and organised crime, and its understanding of that threat.'),
  theme('priority-based-budgeting', 'Priority based budgeting', 'EFFICIENCY', ['budgeting'], 'A priority based approach to budgeting: choices about the level of resources and of services each department provides.'),
  theme('digital-technology', 'Digital technology', 'EFFICIENCY', [], 'Making more use of digital technology.'),
  theme('mobile-devices', 'Mobile devices', 'EFFICIENCY', [], 'Making full use of mobile devices.'),
  theme('treating-the-public-fairly', 'Treating the public fairly', 'LEGITIMACY', ['fairness and respect'], 'Treating the people a force serves with fairness and respect.'),
  theme('treating-the-workforce-fairly', 'Treating the workforce fairly', 'LEGITIMACY', [], 'Treating a force\'s own officers and staff with fairness and respect.'),
  theme('ethical-and-lawful-behaviour', 'Ethical and lawful behaviour', 'LEGITIMACY', [], 'A culture of ethical and lawful behaviour.'),
  theme('seeking-feedback', 'Seeking feedback', 'LEGITIMACY', ['feedback'], 'Seeking feedback, using a range of techniques.'),
  theme('values-and-culture', 'Values and culture', 'LEGITIMACY', ['values', 'culture'], 'Senior leaders promoting a force\'s values, and how staff regard its culture.'),
  theme('vetting', 'Vetting', 'LEGITIMACY', [], 'Vetting.'),
  theme('managing-abuse-of-authority', 'Managing the risk of abuse of authority for sexual gain', 'LEGITIMACY', ['managing the risk of abuse of position for a sexual purpose'], 'The approach to managing the risk of officers and staff abusing their authority for sexual gain.'),
  other('vulnerable-people', 'VICTIM_GROUP', 'Vulnerable people', ['people who may be vulnerable'], 'People who may be vulnerable.'),
  other('victims-of-domestic-abuse', 'VICTIM_GROUP', 'Victims of domestic abuse', [], 'Victims of domestic abuse.'),
  other('domestic-abuse-perpetrators', 'RISK', 'Domestic abuse perpetrators', ['perpetrators'], 'Perpetrators of domestic abuse.'),
  other('serious-and-organised-crime', 'RISK', 'Serious and organised crime', [], 'Serious and organised crime, a threat a force faces.'),
  other('abuse-of-authority-for-sexual-gain', 'RISK', 'Abuse of authority for sexual gain', ['abuse of position for a sexual purpose', 'abusing their authority for sexual gain'], 'Officers and staff abusing their authority for sexual gain: taking advantage of a position of power to exploit vulnerable victims of crime.'),
  other('restrictions-on-perpetrators', 'POWER', 'Powers to restrict perpetrators', ['powers to place restrictions on perpetrators'], 'Powers to place restrictions on perpetrators.'),
];

/** The edge a judgement of the force on a theme draws as. */
const judgedType: Record<Judgement, RelationshipType> = {
  STRENGTH: 'HAS_STRENGTH',
  IMPROVED: 'IMPROVED',
  AREA_FOR_IMPROVEMENT: 'NEEDS_IMPROVEMENT',
  CAUSE_OF_CONCERN: 'NEEDS_IMPROVEMENT',
};

/** The force's judgement on a theme: what most findings are. */
function onTheme(force: string, sentence: number, quote: string, judgement: Judgement, themeId: string, extra: Partial<SampleFinding> = {}): SampleFinding {
  return {
    sentence,
    quote,
    judgement,
    participants: [[force, 'SUBJECT'], [themeId, 'THEME'], ...(extra.participants ?? [])],
    edges: [[force, judgedType[judgement], themeId], ...(extra.edges ?? [])],
    ...(extra.status ? { status: extra.status } : {}),
  };
}

/** The inspector's signature: provenance read from the title, no judgement. */
function signature(inspector: string, force: string, sentence: number, quote: string): SampleFinding {
  return {
    sentence,
    quote,
    judgement: null,
    basis: 'INFERRED',
    participants: [[inspector, 'SUBJECT'], [force, 'OBJECT']],
    edges: [[inspector, 'ASSESSES', force]],
  };
}

const harrowdale = 'harrowdale-constabulary';
const brackenfield = 'brackenfield-police';

export const sampleAssessments: readonly SampleAssessment[] = [
  {
    id: 'harrowdale-peel-assessment-2021',
    title: "HMI Rowena Ashcombe's assessment of Harrowdale Constabulary, 2021 (fictional)",
    force: harrowdale,
    inspector: 'hmi-rowena-ashcombe',
    year: 2021,
    file: 'harrowdale-peel-assessment-2021.txt',
    findings: [
      signature('hmi-rowena-ashcombe', harrowdale, 2, 'I am pleased with the performance of Harrowdale Constabulary in keeping people safe and reducing crime'),
      onTheme(harrowdale, 2, 'I am pleased with the performance of Harrowdale Constabulary in keeping people safe and reducing crime', 'STRENGTH', 'overall-performance'),
      onTheme(harrowdale, 3, 'The force provides a good service to the public', 'STRENGTH', 'overall-service'),
      onTheme(harrowdale, 4, 'Harrowdale Constabulary investigates crime well', 'STRENGTH', 'investigation'),
      onTheme(harrowdale, 5, 'Investigations are allocated to officers with the right skills', 'STRENGTH', 'investigation'),
      onTheme(harrowdale, 5, 'supervisors review them regularly', 'STRENGTH', 'investigation'),
      onTheme(harrowdale, 6, 'The force is good at identifying people who may be vulnerable', 'STRENGTH', 'protecting-vulnerable-people', {
        participants: [['vulnerable-people', 'OBJECT']],
      }),
      {
        sentence: 6,
        quote: 'officers understand how to refer them to other agencies for support',
        judgement: 'STRENGTH',
        participants: [[harrowdale, 'SUBJECT'], ['harrowdale-other-agencies', 'PARTNER'], ['protecting-vulnerable-people', 'THEME']],
        edges: [[harrowdale, 'WORKS_WITH', 'harrowdale-other-agencies']],
      },
      {
        sentence: 7,
        quote: 'The force supports victims of domestic abuse well',
        judgement: 'STRENGTH',
        participants: [[harrowdale, 'SUBJECT'], ['victims-of-domestic-abuse', 'OBJECT'], ['protecting-vulnerable-people', 'THEME']],
        edges: [[harrowdale, 'SAFEGUARDS', 'victims-of-domestic-abuse']],
      },
      onTheme(harrowdale, 8, "I am impressed by the force's neighbourhood teams", 'STRENGTH', 'neighbourhood-policing'),
      {
        sentence: 8,
        quote: 'which know their communities and are trusted by the people of Harrowdale',
        judgement: 'STRENGTH',
        participants: [[harrowdale, 'SUBJECT'], ['people-of-harrowdale', 'OBJECT'], ['neighbourhood-policing', 'THEME']],
        edges: [[harrowdale, 'ENGAGES', 'people-of-harrowdale']],
      },
      {
        sentence: 9,
        quote: 'The force works well with the Harrowdale Youth Justice Partnership to reduce reoffending among young people',
        judgement: 'STRENGTH',
        participants: [[harrowdale, 'SUBJECT'], ['harrowdale-youth-justice-partnership', 'PARTNER'], ['reducing-reoffending', 'THEME']],
        edges: [
          [harrowdale, 'WORKS_WITH', 'harrowdale-youth-justice-partnership'],
          ['harrowdale-youth-justice-partnership', 'SUPPORTS', 'reducing-reoffending'],
        ],
      },
      onTheme(harrowdale, 10, 'the force needs to improve its understanding of the threat from serious and organised crime', 'AREA_FOR_IMPROVEMENT', 'serious-and-organised-crime-response', {
        participants: [['serious-and-organised-crime', 'OBJECT']],
      }),
      onTheme(harrowdale, 11, "The force's priority based approach to budgeting allows it to plan its spending with confidence", 'STRENGTH', 'priority-based-budgeting'),
      onTheme(harrowdale, 12, 'The force could do more to understand the demand it faces', 'AREA_FOR_IMPROVEMENT', 'understanding-demand'),
      onTheme(harrowdale, 13, 'it has yet to make full use of mobile devices', 'AREA_FOR_IMPROVEMENT', 'mobile-devices', { status: 'NOT_YET' }),
      onTheme(harrowdale, 14, 'Harrowdale Constabulary treats the people it serves with fairness and respect', 'STRENGTH', 'treating-the-public-fairly'),
      onTheme(harrowdale, 15, 'The force seeks feedback from the public through surveys and local meetings', 'STRENGTH', 'seeking-feedback'),
      onTheme(harrowdale, 16, "Senior leaders promote the force's values", 'STRENGTH', 'values-and-culture'),
      onTheme(harrowdale, 16, 'staff speak well of its culture', 'STRENGTH', 'values-and-culture'),
      onTheme(harrowdale, 17, 'the force needs to improve its vetting', 'AREA_FOR_IMPROVEMENT', 'vetting'),
      onTheme(harrowdale, 18, 'The force also needs to improve its approach to managing the risk of abuse of position for a sexual purpose', 'AREA_FOR_IMPROVEMENT', 'managing-abuse-of-authority', {
        participants: [['abuse-of-authority-for-sexual-gain', 'OBJECT']],
      }),
    ],
  },
  {
    id: 'harrowdale-peel-assessment-2023',
    title: "HMI Tobias Wrenfield's assessment of Harrowdale Constabulary, 2023 (fictional)",
    force: harrowdale,
    inspector: 'hmi-tobias-wrenfield',
    year: 2023,
    file: 'harrowdale-peel-assessment-2023.txt',
    findings: [
      signature('hmi-tobias-wrenfield', harrowdale, 2, 'I am pleased with the progress Harrowdale Constabulary has made since its last assessment in 2021'),
      onTheme(harrowdale, 2, 'I am pleased with the progress Harrowdale Constabulary has made since its last assessment in 2021', 'IMPROVED', 'overall-performance'),
      onTheme(harrowdale, 3, 'The force continues to investigate crime well', 'STRENGTH', 'investigation'),
      onTheme(harrowdale, 4, 'Investigations are allocated to officers with the right skills', 'STRENGTH', 'investigation'),
      onTheme(harrowdale, 4, 'victims are kept informed of how their cases are progressing', 'STRENGTH', 'investigation'),
      onTheme(harrowdale, 5, 'the force needs to improve how it identifies people who may be vulnerable', 'AREA_FOR_IMPROVEMENT', 'protecting-vulnerable-people', {
        participants: [['vulnerable-people', 'OBJECT']],
      }),
      {
        sentence: 6,
        quote: 'The force still supports victims of domestic abuse well',
        judgement: 'STRENGTH',
        participants: [[harrowdale, 'SUBJECT'], ['victims-of-domestic-abuse', 'OBJECT'], ['protecting-vulnerable-people', 'THEME']],
        edges: [[harrowdale, 'SAFEGUARDS', 'victims-of-domestic-abuse']],
      },
      onTheme(harrowdale, 7, "I am impressed by the force's neighbourhood teams", 'STRENGTH', 'neighbourhood-policing'),
      {
        sentence: 7,
        quote: 'which have built strong links with the people of Harrowdale',
        judgement: 'STRENGTH',
        participants: [[harrowdale, 'SUBJECT'], ['people-of-harrowdale', 'OBJECT'], ['neighbourhood-policing', 'THEME']],
        edges: [[harrowdale, 'ENGAGES', 'people-of-harrowdale']],
      },
      onTheme(harrowdale, 8, 'The force has improved its understanding of the threat from serious and organised crime', 'IMPROVED', 'serious-and-organised-crime-response', {
        participants: [['serious-and-organised-crime', 'OBJECT']],
      }),
      {
        sentence: 8,
        quote: 'it now assesses that threat with its partner organisations',
        judgement: 'STRENGTH',
        participants: [[harrowdale, 'SUBJECT'], ['harrowdale-partner-organisations', 'PARTNER'], ['serious-and-organised-crime-response', 'THEME']],
        edges: [
          [harrowdale, 'WORKS_WITH', 'harrowdale-partner-organisations'],
          ['harrowdale-partner-organisations', 'INFORMS', 'serious-and-organised-crime-response'],
        ],
      },
      onTheme(harrowdale, 9, 'the force needs to improve how quickly it answers emergency calls', 'AREA_FOR_IMPROVEMENT', 'responding-to-the-public'),
      onTheme(harrowdale, 10, 'The force now has a good understanding of the demand it faces', 'IMPROVED', 'understanding-demand'),
      onTheme(harrowdale, 11, 'It has yet to make full use of mobile devices', 'AREA_FOR_IMPROVEMENT', 'mobile-devices', { status: 'NOT_YET' }),
      {
        sentence: 12,
        quote: 'The force plans to make more use of digital technology',
        judgement: null,
        status: 'PLANNED',
        participants: [[harrowdale, 'SUBJECT'], ['digital-technology', 'PURPOSE']],
        edges: [[harrowdale, 'SUPPORTS', 'digital-technology']],
      },
      onTheme(harrowdale, 13, 'Harrowdale Constabulary treats the people it serves with fairness and respect', 'STRENGTH', 'treating-the-public-fairly'),
      onTheme(harrowdale, 14, 'The force seeks feedback from the public through surveys, local meetings and online forums', 'STRENGTH', 'seeking-feedback'),
      onTheme(harrowdale, 15, 'The force treats its own officers and staff fairly', 'STRENGTH', 'treating-the-workforce-fairly'),
      onTheme(harrowdale, 16, 'The force has improved its vetting', 'IMPROVED', 'vetting'),
      onTheme(harrowdale, 17, "Senior leaders promote the force's values", 'STRENGTH', 'values-and-culture'),
      onTheme(harrowdale, 18, 'I am concerned that the force still does not manage the risk of abuse of position for a sexual purpose well enough', 'CAUSE_OF_CONCERN', 'managing-abuse-of-authority', {
        participants: [['abuse-of-authority-for-sexual-gain', 'OBJECT']],
      }),
    ],
  },
  {
    id: 'brackenfield-peel-assessment-2022',
    title: "HMI Rowena Ashcombe's assessment of Brackenfield Police, 2022 (fictional)",
    force: brackenfield,
    inspector: 'hmi-rowena-ashcombe',
    year: 2022,
    file: 'brackenfield-peel-assessment-2022.txt',
    findings: [
      signature('hmi-rowena-ashcombe', brackenfield, 2, 'I am encouraged by the performance of Brackenfield Police'),
      onTheme(brackenfield, 2, 'I am encouraged by the performance of Brackenfield Police', 'STRENGTH', 'overall-performance'),
      onTheme(brackenfield, 3, 'The force is effective at investigating crime', 'STRENGTH', 'investigation'),
      onTheme(brackenfield, 3, 'it makes good use of forensic evidence', 'STRENGTH', 'investigation'),
      onTheme(brackenfield, 4, 'it needs to improve the supervision of investigations in its local policing teams', 'AREA_FOR_IMPROVEMENT', 'investigation'),
      {
        sentence: 5,
        quote: 'The force works well with Brackenfield County Council to safeguard children at risk of exploitation',
        judgement: 'STRENGTH',
        participants: [
          [brackenfield, 'SUBJECT'],
          ['brackenfield-county-council', 'PARTNER'],
          ['children-at-risk-of-exploitation', 'OBJECT'],
          ['protecting-vulnerable-people', 'THEME'],
        ],
        edges: [
          [brackenfield, 'SAFEGUARDS', 'children-at-risk-of-exploitation'],
          [brackenfield, 'WORKS_WITH', 'brackenfield-county-council'],
          ['brackenfield-county-council', 'SAFEGUARDS', 'children-at-risk-of-exploitation'],
        ],
      },
      {
        sentence: 6,
        quote: 'Victims of domestic abuse receive a good service',
        judgement: 'STRENGTH',
        participants: [[brackenfield, 'SUBJECT'], ['victims-of-domestic-abuse', 'OBJECT'], ['protecting-vulnerable-people', 'THEME']],
        edges: [[brackenfield, 'SAFEGUARDS', 'victims-of-domestic-abuse']],
      },
      {
        sentence: 6,
        quote: 'officers make good use of protection orders to restrict what perpetrators may do',
        judgement: 'STRENGTH',
        participants: [[brackenfield, 'SUBJECT'], ['restrictions-on-perpetrators', 'OBJECT'], ['protecting-vulnerable-people', 'THEME']],
        edges: [[brackenfield, 'USES', 'restrictions-on-perpetrators']],
      },
      {
        sentence: 6,
        quote: 'protection orders to restrict what perpetrators may do',
        judgement: null,
        participants: [['restrictions-on-perpetrators', 'SUBJECT'], ['domestic-abuse-perpetrators', 'OBJECT']],
        edges: [['restrictions-on-perpetrators', 'RESTRICTS', 'domestic-abuse-perpetrators']],
      },
      onTheme(brackenfield, 7, 'The force needs to do more to engage with rural communities', 'AREA_FOR_IMPROVEMENT', 'neighbourhood-policing', {
        participants: [['brackenfield-rural-communities', 'OBJECT']],
      }),
      onTheme(brackenfield, 8, 'Brackenfield Police has a good understanding of the threat from serious and organised crime', 'STRENGTH', 'serious-and-organised-crime-response', {
        participants: [['serious-and-organised-crime', 'OBJECT']],
      }),
      {
        sentence: 8,
        quote: 'it shares intelligence with neighbouring forces',
        judgement: 'STRENGTH',
        participants: [[brackenfield, 'SUBJECT'], ['brackenfield-neighbouring-forces', 'PARTNER'], ['serious-and-organised-crime-response', 'THEME']],
        edges: [[brackenfield, 'WORKS_WITH', 'brackenfield-neighbouring-forces']],
      },
      onTheme(brackenfield, 9, 'The force plans its budget carefully', 'STRENGTH', 'priority-based-budgeting'),
      onTheme(brackenfield, 9, 'it could do more to understand the demand it faces', 'AREA_FOR_IMPROVEMENT', 'understanding-demand'),
      onTheme(brackenfield, 10, 'It has made good use of digital technology to let the public report crime online', 'STRENGTH', 'digital-technology'),
      onTheme(brackenfield, 11, 'Brackenfield Police treats the people it serves fairly', 'STRENGTH', 'treating-the-public-fairly'),
      onTheme(brackenfield, 12, 'Officers and staff understand the standards of behaviour expected of them', 'STRENGTH', 'ethical-and-lawful-behaviour'),
      onTheme(brackenfield, 13, 'the force needs to improve its vetting', 'AREA_FOR_IMPROVEMENT', 'vetting'),
      onTheme(brackenfield, 14, 'It also needs to improve how it manages the risk of officers abusing their position for a sexual purpose', 'AREA_FOR_IMPROVEMENT', 'managing-abuse-of-authority', {
        participants: [['abuse-of-authority-for-sexual-gain', 'OBJECT']],
      }),
      onTheme(brackenfield, 15, 'The force looks after the wellbeing of its workforce', 'STRENGTH', 'workforce-wellbeing'),
    ],
  },
];
