// The entities the Cheshire Constabulary assessment talks about, one MERGE per node.
// Themes, victim groups, communities, risks and powers are shared by the reports of every force, so their ids name
// no force and their summaries say only what a theme is, in the words of the reports that name it. Partners a report
// leaves unnamed (other agencies, partner organisations) belong to its force, so their ids start with the force's.
// Each entity has one kind label; setting it removes any other, so a database seeded by an older model is brought up
// to date. `aliases` are other names the reports use for the entity (and the inspectorate's renamed terms).

// The force and the inspector who assessed it (the title and sentence 1).
MERGE (n:Entity {id: "cheshire-constabulary"})
SET n:Force, n.name = "Cheshire Constabulary", n.pillar = null, n.aliases = ["the force", "the constabulary", "Cheshire"],
    n.summary = "The police force for Cheshire, the subject of this assessment."
REMOVE n:Inspector:Theme:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "hmi-mike-cunningham"})
SET n:Inspector, n.name = "HMI Mike Cunningham", n.pillar = null, n.aliases = ["Mike Cunningham", "Michael Cunningham", "HMI Michael Cunningham"],
    n.summary = "The HM Inspector whose assessment of Cheshire Constabulary this is."
REMOVE n:Force:Theme:Partner:VictimGroup:Risk:Power:Community;

// The force as a whole: the overall verdict (sentence 1) and the service it provides (sentence 2), in no single pillar.
MERGE (n:Entity {id: "overall-performance"})
SET n:Theme, n.name = "Overall performance", n.pillar = null, n.aliases = ["all aspects of the performance"],
    n.summary = "All aspects of a force's performance, judged together."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "overall-service"})
SET n:Theme, n.name = "Service to the public", n.pillar = null, n.aliases = ["service"],
    n.summary = "The service a force provides, judged as a whole."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;

// Effectiveness themes (sentences 3 to 10).
MERGE (n:Entity {id: "investigation"})
SET n:Theme, n.name = "Investigating crime", n.pillar = "EFFECTIVENESS", n.aliases = ["investigations", "investigating crime"],
    n.summary = "The quality of investigations, the skills of those who carry them out, and their supervision."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "protecting-vulnerable-people"})
SET n:Theme, n.name = "Protecting vulnerable people", n.pillar = "EFFECTIVENESS", n.aliases = ["safeguarding"],
    n.summary = "Identifying people who may be vulnerable and applying safeguarding measures."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "neighbourhood-policing"})
SET n:Theme, n.name = "Neighbourhood policing", n.pillar = "EFFECTIVENESS", n.aliases = [],
    n.summary = "Policing local neighbourhoods."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "reducing-reoffending"})
SET n:Theme, n.name = "Reducing reoffending", n.pillar = "EFFECTIVENESS", n.aliases = ["reoffending"],
    n.summary = "Work to reduce reoffending."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "serious-and-organised-crime-response"})
SET n:Theme, n.name = "Tackling serious and organised crime", n.pillar = "EFFECTIVENESS", n.aliases = ["serious and organised crime"],
    n.summary = "A force's ability to tackle serious and organised crime, and its understanding of that threat."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;

// Efficiency themes (sentences 11 to 13).
MERGE (n:Entity {id: "priority-based-budgeting"})
SET n:Theme, n.name = "Priority based budgeting", n.pillar = "EFFICIENCY", n.aliases = ["budgeting"],
    n.summary = "A priority based approach to budgeting: choices about the level of resources and of services each department provides."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "reducing-demand"})
SET n:Theme, n.name = "Reducing demand", n.pillar = "EFFICIENCY", n.aliases = ["demand"],
    n.summary = "Reducing the demand on a force."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "pooling-resources"})
SET n:Theme, n.name = "Pooling resources", n.pillar = "EFFICIENCY", n.aliases = [],
    n.summary = "Pooling resources with other organisations."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "improving-service-outcomes"})
SET n:Theme, n.name = "Improving service outcomes", n.pillar = "EFFICIENCY", n.aliases = ["service outcomes"],
    n.summary = "Improving the outcomes of services."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "digital-technology"})
SET n:Theme, n.name = "Digital technology", n.pillar = "EFFICIENCY", n.aliases = [],
    n.summary = "Making more use of digital technology."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "mobile-devices"})
SET n:Theme, n.name = "Mobile devices", n.pillar = "EFFICIENCY", n.aliases = [],
    n.summary = "Making full use of mobile devices."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;

// Legitimacy themes (sentences 14 to 18).
MERGE (n:Entity {id: "treating-the-public-fairly"})
SET n:Theme, n.name = "Treating the public fairly", n.pillar = "LEGITIMACY", n.aliases = ["fairness and respect"],
    n.summary = "Treating the people a force serves with fairness and respect."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "treating-the-workforce-fairly"})
SET n:Theme, n.name = "Treating the workforce fairly", n.pillar = "LEGITIMACY", n.aliases = [],
    n.summary = "Treating a force's own officers and staff with fairness and respect."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "ethical-and-lawful-behaviour"})
SET n:Theme, n.name = "Ethical and lawful behaviour", n.pillar = "LEGITIMACY", n.aliases = [],
    n.summary = "A culture of ethical and lawful behaviour."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "seeking-feedback"})
SET n:Theme, n.name = "Seeking feedback", n.pillar = "LEGITIMACY", n.aliases = ["feedback"],
    n.summary = "Seeking feedback, using a range of techniques."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "values-and-culture"})
SET n:Theme, n.name = "Values and culture", n.pillar = "LEGITIMACY", n.aliases = ["values", "culture"],
    n.summary = "Senior leaders promoting a force's values, and how staff regard its culture."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "vetting"})
SET n:Theme, n.name = "Vetting", n.pillar = "LEGITIMACY", n.aliases = [],
    n.summary = "Vetting."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "managing-abuse-of-authority"})
SET n:Theme, n.name = "Managing the risk of abuse of authority for sexual gain", n.pillar = "LEGITIMACY", n.aliases = ["managing the risk of abuse of position for a sexual purpose"],
    n.summary = "The approach to managing the risk of officers and staff abusing their authority for sexual gain."
REMOVE n:Force:Inspector:Partner:VictimGroup:Risk:Power:Community;

// Partners the report does not name, so scoped to this force (sentences 8, 10 and 12).
MERGE (n:Entity {id: "cheshire-other-agencies"})
SET n:Partner, n.name = "Other agencies", n.pillar = null, n.aliases = ["other agencies"],
    n.summary = "Agencies, not named in the report, that work with Cheshire Constabulary to reduce reoffending and on repeat and dangerous offenders."
REMOVE n:Force:Inspector:Theme:VictimGroup:Risk:Power:Community;
MERGE (n:Entity {id: "cheshire-partner-organisations"})
SET n:Partner, n.name = "Partner organisations", n.pillar = null, n.aliases = ["partner organisations", "partners"],
    n.summary = "Organisations, not named in the report, whose data informs Cheshire Constabulary's understanding of the threat it faces, and with which it is exploring new ways of working."
REMOVE n:Force:Inspector:Theme:VictimGroup:Risk:Power:Community;

// Victims the force safeguards, or whom a risk threatens (sentences 5, 6 and 18).
MERGE (n:Entity {id: "vulnerable-people"})
SET n:VictimGroup, n.name = "Vulnerable people", n.pillar = null, n.aliases = ["people who may be vulnerable"],
    n.summary = "People who may be vulnerable."
REMOVE n:Force:Inspector:Theme:Partner:Risk:Power:Community;
MERGE (n:Entity {id: "victims-of-domestic-abuse"})
SET n:VictimGroup, n.name = "Victims of domestic abuse", n.pillar = null, n.aliases = [],
    n.summary = "Victims of domestic abuse."
REMOVE n:Force:Inspector:Theme:Partner:Risk:Power:Community;
MERGE (n:Entity {id: "vulnerable-victims-of-crime"})
SET n:VictimGroup, n.name = "Vulnerable victims of crime", n.pillar = null, n.aliases = [],
    n.summary = "Vulnerable victims of crime."
REMOVE n:Force:Inspector:Theme:Partner:Risk:Power:Community;

// Communities the force engages (sentences 7 and 16): not victims.
MERGE (n:Entity {id: "people-of-cheshire"})
SET n:Community, n.name = "People of Cheshire", n.pillar = null, n.aliases = [],
    n.summary = "The people of Cheshire."
REMOVE n:Force:Inspector:Theme:Partner:VictimGroup:Risk:Power;
MERGE (n:Entity {id: "people-with-less-trust-and-confidence"})
SET n:Community, n.name = "People with less trust and confidence in the police", n.pillar = null, n.aliases = [],
    n.summary = "People who historically have had less trust and confidence in the police."
REMOVE n:Force:Inspector:Theme:Partner:VictimGroup:Risk:Power;

// Risks: offenders and threats the report names (sentences 6, 8, 10 and 18).
MERGE (n:Entity {id: "domestic-abuse-perpetrators"})
SET n:Risk, n.name = "Domestic abuse perpetrators", n.pillar = null, n.aliases = ["perpetrators"],
    n.summary = "Perpetrators of domestic abuse."
REMOVE n:Force:Inspector:Theme:Partner:VictimGroup:Power:Community;
MERGE (n:Entity {id: "repeat-and-dangerous-offenders"})
SET n:Risk, n.name = "Repeat and dangerous offenders", n.pillar = null, n.aliases = [],
    n.summary = "Repeat and dangerous offenders."
REMOVE n:Force:Inspector:Theme:Partner:VictimGroup:Power:Community;
MERGE (n:Entity {id: "serious-and-organised-crime"})
SET n:Risk, n.name = "Serious and organised crime", n.pillar = null, n.aliases = [],
    n.summary = "Serious and organised crime, a threat a force faces."
REMOVE n:Force:Inspector:Theme:Partner:VictimGroup:Power:Community;
MERGE (n:Entity {id: "abuse-of-authority-for-sexual-gain"})
SET n:Risk, n.name = "Abuse of authority for sexual gain", n.pillar = null, n.aliases = ["abuse of position for a sexual purpose", "abusing their authority for sexual gain"],
    n.summary = "Officers and staff abusing their authority for sexual gain: taking advantage of a position of power to exploit vulnerable victims of crime."
REMOVE n:Force:Inspector:Theme:Partner:VictimGroup:Power:Community;

// Powers the force uses (sentence 6).
MERGE (n:Entity {id: "restrictions-on-perpetrators"})
SET n:Power, n.name = "Powers to restrict perpetrators", n.pillar = null, n.aliases = ["powers to place restrictions on perpetrators"],
    n.summary = "Powers to place restrictions on perpetrators."
REMOVE n:Force:Inspector:Theme:Partner:VictimGroup:Risk:Community;

// The names entities go by, in lower case, for the entity_names index. Every entity whose keys are missing or
// differ from its names gets them: this seed's, and those of a database written before entities carried them.
MATCH (n:Entity)
WITH n, [name IN [n.name] + coalesce(n.aliases, []) | toLower(name)] AS keys
WHERE n.nameKeys IS NULL OR n.nameKeys <> keys
SET n.nameKeys = keys;
