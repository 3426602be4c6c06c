// The entities that the Cheshire Constabulary assessment talks about, one MERGE per node.
// Themes, victim groups, risks and powers are shared by the reports of every force, so their ids name no force,
// while partners the report leaves unnamed (other agencies, partner organisations) belong to this force, so their ids start with cheshire-.

// The force and the inspector who assessed it (sentence 1).
MERGE (n:Entity {id: "cheshire-constabulary"})
SET n:Force, n.name = "Cheshire Constabulary",
    n.summary = "The police force for Cheshire, whose performance this assessment grades.";
MERGE (n:Entity {id: "hmi-mike-cunningham"})
SET n:Inspector, n.name = "HMI Mike Cunningham",
    n.summary = "The HM Inspector of Constabulary who signed this assessment of Cheshire Constabulary.";

// The overall verdict, which belongs to no single pillar (sentence 2).
MERGE (n:Entity {id: "overall-service"})
SET n:Theme, n.name = "Service to the public", n.pillar = null,
    n.summary = "How good a service the force gives the public overall.";

// Effectiveness themes (sentences 3 to 9).
MERGE (n:Entity {id: "investigation"})
SET n:Theme, n.name = "Investigating crime", n.pillar = "EFFECTIVENESS",
    n.summary = "How well the force investigates crime: skills, quality and supervision of investigations.";
MERGE (n:Entity {id: "protecting-vulnerable-people"})
SET n:Theme, n.name = "Protecting vulnerable people", n.pillar = "EFFECTIVENESS",
    n.summary = "How well officers and staff recognise vulnerable people and apply safeguarding measures.";
MERGE (n:Entity {id: "neighbourhood-policing"})
SET n:Theme, n.name = "Neighbourhood policing", n.pillar = "EFFECTIVENESS",
    n.summary = "Local, visible policing that keeps the force in touch with the communities it serves.";
MERGE (n:Entity {id: "reducing-reoffending"})
SET n:Theme, n.name = "Reducing reoffending", n.pillar = "EFFECTIVENESS",
    n.summary = "Work, usually with other agencies, to stop offenders committing more crime.";
MERGE (n:Entity {id: "serious-and-organised-crime-response"})
SET n:Theme, n.name = "Tackling serious and organised crime", n.pillar = "EFFECTIVENESS",
    n.summary = "How well the force understands and disrupts serious and organised crime.";

// Efficiency themes (sentences 11 to 13).
MERGE (n:Entity {id: "priority-based-budgeting"})
SET n:Theme, n.name = "Priority based budgeting", n.pillar = "EFFICIENCY",
    n.summary = "Setting budgets by priority so the force can choose what resources and services each department gets.";
MERGE (n:Entity {id: "reducing-demand"})
SET n:Theme, n.name = "Reducing demand", n.pillar = "EFFICIENCY",
    n.summary = "Working with partners to lower demand on the police, share resources and improve outcomes.";
MERGE (n:Entity {id: "digital-technology"})
SET n:Theme, n.name = "Digital technology", n.pillar = "EFFICIENCY",
    n.summary = "Plans for using digital technology to work more efficiently.";
MERGE (n:Entity {id: "mobile-devices"})
SET n:Theme, n.name = "Mobile devices", n.pillar = "EFFICIENCY",
    n.summary = "Giving officers and staff mobile devices and making full use of them.";

// Legitimacy themes (sentences 14 to 18).
MERGE (n:Entity {id: "treating-the-public-fairly"})
SET n:Theme, n.name = "Treating the public fairly", n.pillar = "LEGITIMACY",
    n.summary = "Treating the people the force serves with fairness and respect.";
MERGE (n:Entity {id: "treating-the-workforce-fairly"})
SET n:Theme, n.name = "Treating the workforce fairly", n.pillar = "LEGITIMACY",
    n.summary = "Treating the force's own officers and staff with fairness and respect.";
MERGE (n:Entity {id: "ethical-and-lawful-behaviour"})
SET n:Theme, n.name = "Ethical and lawful behaviour", n.pillar = "LEGITIMACY",
    n.summary = "A culture in which officers and staff behave ethically and within the law.";
MERGE (n:Entity {id: "seeking-feedback"})
SET n:Theme, n.name = "Seeking feedback", n.pillar = "LEGITIMACY",
    n.summary = "Asking the public what they think of the force and acting on it.";
MERGE (n:Entity {id: "values-and-culture"})
SET n:Theme, n.name = "Values and culture", n.pillar = "LEGITIMACY",
    n.summary = "Leaders promoting the force's values and staff feeling positive about its culture.";
MERGE (n:Entity {id: "vetting"})
SET n:Theme, n.name = "Vetting", n.pillar = "LEGITIMACY",
    n.summary = "Checking that people who join or work for the force are suitable to do so.";

// Partners, unnamed in the report and so scoped to this force (sentences 8, 10 and 12).
MERGE (n:Entity {id: "cheshire-other-agencies"})
SET n:Partner, n.name = "Other agencies",
    n.summary = "The agencies, not named in the report, that work with Cheshire Constabulary on offenders.";
MERGE (n:Entity {id: "cheshire-partner-organisations"})
SET n:Partner, n.name = "Partner organisations",
    n.summary = "The organisations, not named in the report, that share data and work with Cheshire Constabulary.";

// Victim groups the force safeguards or engages, or whom a risk threatens (sentences 5, 6, 16 and 18).
MERGE (n:Entity {id: "vulnerable-people"})
SET n:VictimGroup, n.name = "Vulnerable people",
    n.summary = "People whose circumstances put them at greater risk of harm and who may need safeguarding.";
MERGE (n:Entity {id: "victims-of-domestic-abuse"})
SET n:VictimGroup, n.name = "Victims of domestic abuse",
    n.summary = "People harmed by a partner, former partner or family member.";
MERGE (n:Entity {id: "people-with-less-trust-and-confidence"})
SET n:VictimGroup, n.name = "People with less trust and confidence in the police",
    n.summary = "Groups who have historically trusted the police less and are harder for the force to reach.";
MERGE (n:Entity {id: "vulnerable-victims-of-crime"})
SET n:VictimGroup, n.name = "Vulnerable victims of crime",
    n.summary = "Victims whose vulnerability makes them open to exploitation, including by police officers and staff.";

// Risks: the harms the force and its partners face (sentences 6, 8, 10 and 18).
MERGE (n:Entity {id: "domestic-abuse-perpetrators"})
SET n:Risk, n.name = "Domestic abuse perpetrators",
    n.summary = "People who commit domestic abuse and may go on harming their victims.";
MERGE (n:Entity {id: "repeat-and-dangerous-offenders"})
SET n:Risk, n.name = "Repeat and dangerous offenders",
    n.summary = "Offenders who commit crime again and again or pose a serious danger to the public.";
MERGE (n:Entity {id: "serious-and-organised-crime"})
SET n:Risk, n.name = "Serious and organised crime",
    n.summary = "The threat from organised groups and individuals who commit serious crime.";
MERGE (n:Entity {id: "abuse-of-authority-for-sexual-gain"})
SET n:Risk, n.name = "Abuse of authority for sexual gain",
    n.summary = "Officers or staff using their position of power to exploit vulnerable people sexually.";

// Powers the force uses (sentence 6).
MERGE (n:Entity {id: "restrictions-on-perpetrators"})
SET n:Power, n.name = "Powers to restrict perpetrators",
    n.summary = "Legal powers, such as domestic violence protection notices and orders, that place restrictions on perpetrators.";

// Communities the force has links with (sentence 7).
MERGE (n:Entity {id: "people-of-cheshire"})
SET n:Community, n.name = "People of Cheshire",
    n.summary = "The people who live and work in the area Cheshire Constabulary polices.";
