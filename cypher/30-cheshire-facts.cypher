// The facts of the Cheshire Constabulary assessment: one relationship per assertion, each citing the sentence
// (by its 1-based position in the sentences of the Source) and the verbatim words that state it.
// Grouped by sentence, in the order of the report. Run after 10-cheshire-source and 20-cheshire-entities.

// Sentence 1: The overall verdict: the inspector assesses the force.
MATCH (a:Entity {id: "hmi-mike-cunningham"}), (b:Entity {id: "cheshire-constabulary"})
MERGE (a)-[r:ASSESSES {id: "cheshire-peel-assessment/s1/hmi-mike-cunningham/assesses/cheshire-constabulary"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 1, r.judgement = "STRENGTH",
    r.evidence = "I am very pleased with all aspects of the performance of Cheshire Constabulary.";

// Sentence 2: A consistently good service overall.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "overall-service"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s2/cheshire-constabulary/has_strength/overall-service"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 2, r.judgement = "STRENGTH",
    r.evidence = "The force provides a consistently good service.";

// Sentence 3: High quality investigations.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "investigation"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s3/cheshire-constabulary/has_strength/investigation"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 3, r.judgement = "STRENGTH",
    r.evidence = "Cheshire Constabulary conducts high quality investigations.";

// Sentence 4: Skilled investigators, actively supervised.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "investigation"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s4/cheshire-constabulary/has_strength/investigation"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 4, r.judgement = "STRENGTH",
    r.evidence = "Crimes are investigated by officers with the appropriate skills, and investigations are actively supervised so that standards are maintained.";

// Sentence 5: Identifying vulnerable people and applying safeguarding measures.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "vulnerable-people"})
MERGE (a)-[r:SAFEGUARDS {id: "cheshire-peel-assessment/s5/cheshire-constabulary/safeguards/vulnerable-people"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 5, r.judgement = "STRENGTH",
    r.evidence = "The force is effective at identifying people who may be vulnerable";
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "protecting-vulnerable-people"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s5/cheshire-constabulary/has_strength/protecting-vulnerable-people"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 5, r.judgement = "STRENGTH",
    r.evidence = "officers across the organisation understand their role in applying safeguarding measures";

// Sentence 6: Supporting victims of domestic abuse and restricting perpetrators.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "victims-of-domestic-abuse"})
MERGE (a)-[r:SAFEGUARDS {id: "cheshire-peel-assessment/s6/cheshire-constabulary/safeguards/victims-of-domestic-abuse"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 6, r.judgement = "STRENGTH",
    r.evidence = "The force supports victims of domestic abuse well";
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "restrictions-on-perpetrators"})
MERGE (a)-[r:USES {id: "cheshire-peel-assessment/s6/cheshire-constabulary/uses/restrictions-on-perpetrators"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 6, r.judgement = "STRENGTH",
    r.evidence = "makes good use of powers to place restrictions on perpetrators";
MATCH (a:Entity {id: "restrictions-on-perpetrators"}), (b:Entity {id: "domestic-abuse-perpetrators"})
MERGE (a)-[r:RESTRICTS {id: "cheshire-peel-assessment/s6/restrictions-on-perpetrators/restricts/domestic-abuse-perpetrators"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 6, r.judgement = "STRENGTH",
    r.evidence = "powers to place restrictions on perpetrators";
MATCH (a:Entity {id: "domestic-abuse-perpetrators"}), (b:Entity {id: "victims-of-domestic-abuse"})
MERGE (a)-[r:THREATENS {id: "cheshire-peel-assessment/s6/domestic-abuse-perpetrators/threatens/victims-of-domestic-abuse"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 6, r.judgement = "STRENGTH",
    r.evidence = "The force supports victims of domestic abuse well and makes good use of powers to place restrictions on perpetrators.";

// Sentence 7: Neighbourhood policing and links to the people of Cheshire.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "neighbourhood-policing"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s7/cheshire-constabulary/has_strength/neighbourhood-policing"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 7, r.judgement = "STRENGTH",
    r.evidence = "I am impressed by the force's commitment to neighbourhood policing";
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "people-of-cheshire"})
MERGE (a)-[r:ENGAGES {id: "cheshire-peel-assessment/s7/cheshire-constabulary/engages/people-of-cheshire"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 7, r.judgement = "STRENGTH",
    r.evidence = "which gives it strong links to the people of Cheshire";

// Sentence 8: Working with other agencies on reoffending and on repeat and dangerous offenders.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "cheshire-other-agencies"})
MERGE (a)-[r:WORKS_WITH {id: "cheshire-peel-assessment/s8/cheshire-constabulary/works_with/cheshire-other-agencies"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 8, r.judgement = "STRENGTH",
    r.evidence = "The force also works well with other agencies";
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "reducing-reoffending"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s8/cheshire-constabulary/has_strength/reducing-reoffending"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 8, r.judgement = "STRENGTH",
    r.evidence = "The force also works well with other agencies to reduce reoffending";
MATCH (a:Entity {id: "cheshire-other-agencies"}), (b:Entity {id: "reducing-reoffending"})
MERGE (a)-[r:SUPPORTS {id: "cheshire-peel-assessment/s8/cheshire-other-agencies/supports/reducing-reoffending"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 8, r.judgement = "STRENGTH",
    r.evidence = "The force also works well with other agencies to reduce reoffending";
MATCH (a:Entity {id: "cheshire-other-agencies"}), (b:Entity {id: "repeat-and-dangerous-offenders"})
MERGE (a)-[r:TACKLES {id: "cheshire-peel-assessment/s8/cheshire-other-agencies/tackles/repeat-and-dangerous-offenders"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 8, r.judgement = "STRENGTH",
    r.evidence = "The force also works well with other agencies to reduce reoffending and to identify, investigate and bring to justice repeat and dangerous offenders.";

// Sentence 9: Better at tackling serious and organised crime than last year.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "serious-and-organised-crime-response"})
MERGE (a)-[r:IMPROVED {id: "cheshire-peel-assessment/s9/cheshire-constabulary/improved/serious-and-organised-crime-response"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 9, r.judgement = "IMPROVED",
    r.evidence = "Cheshire Constabulary has improved its ability to tackle serious and organised crime since my assessment last year.";

// Sentence 10: A greater understanding of the serious and organised crime threat, informed by partner data.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "serious-and-organised-crime"})
MERGE (a)-[r:FACES {id: "cheshire-peel-assessment/s10/cheshire-constabulary/faces/serious-and-organised-crime"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 10, r.judgement = "IMPROVED",
    r.evidence = "The force now has a greater understanding of the threat it is facing";
MATCH (a:Entity {id: "cheshire-partner-organisations"}), (b:Entity {id: "serious-and-organised-crime"})
MERGE (a)-[r:INFORMS {id: "cheshire-peel-assessment/s10/cheshire-partner-organisations/informs/serious-and-organised-crime"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 10, r.judgement = "IMPROVED",
    r.evidence = "informed by data from partner organisations";

// Sentence 11: Priority based budgeting.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "priority-based-budgeting"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s11/cheshire-constabulary/has_strength/priority-based-budgeting"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 11, r.judgement = "STRENGTH",
    r.evidence = "The force's priority based approach to budgeting allows it to make informed choices about the level of resources and of services provided by different departments.";

// Sentence 12: Exploring new ways of working with partner organisations to reduce demand.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "cheshire-partner-organisations"})
MERGE (a)-[r:WORKS_WITH {id: "cheshire-peel-assessment/s12/cheshire-constabulary/works_with/cheshire-partner-organisations"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 12, r.judgement = "STRENGTH",
    r.evidence = "Cheshire Constabulary is exploring new ways of working with partner organisations";
MATCH (a:Entity {id: "cheshire-partner-organisations"}), (b:Entity {id: "reducing-demand"})
MERGE (a)-[r:SUPPORTS {id: "cheshire-peel-assessment/s12/cheshire-partner-organisations/supports/reducing-demand"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 12, r.judgement = "STRENGTH",
    r.evidence = "Cheshire Constabulary is exploring new ways of working with partner organisations to reduce demand";

// Sentence 13: An ambitious digital plan, but mobile devices not yet fully used.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "digital-technology"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s13/cheshire-constabulary/has_strength/digital-technology"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 13, r.judgement = "STRENGTH",
    r.evidence = "It also has an ambitious plan for making more use of digital technology";
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "mobile-devices"})
MERGE (a)-[r:NEEDS_IMPROVEMENT {id: "cheshire-peel-assessment/s13/cheshire-constabulary/needs_improvement/mobile-devices"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 13, r.judgement = "AREA_FOR_IMPROVEMENT",
    r.evidence = "although it has yet to make full use of mobile devices";

// Sentence 14: Treating the public and the workforce with fairness and respect.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "treating-the-public-fairly"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s14/cheshire-constabulary/has_strength/treating-the-public-fairly"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 14, r.judgement = "STRENGTH",
    r.evidence = "Cheshire Constabulary treats the people it serves and its own officers and staff with fairness and respect.";
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "treating-the-workforce-fairly"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s14/cheshire-constabulary/has_strength/treating-the-workforce-fairly"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 14, r.judgement = "STRENGTH",
    r.evidence = "Cheshire Constabulary treats the people it serves and its own officers and staff with fairness and respect.";

// Sentence 15: A culture of ethical and lawful behaviour.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "ethical-and-lawful-behaviour"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s15/cheshire-constabulary/has_strength/ethical-and-lawful-behaviour"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 15, r.judgement = "STRENGTH",
    r.evidence = "It has a culture of ethical and lawful behaviour.";

// Sentence 16: Seeking feedback and reaching people with less trust in the police.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "seeking-feedback"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s16/cheshire-constabulary/has_strength/seeking-feedback"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 16, r.judgement = "STRENGTH",
    r.evidence = "The force frequently seeks feedback, using a range of techniques";
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "people-with-less-trust-and-confidence"})
MERGE (a)-[r:ENGAGES {id: "cheshire-peel-assessment/s16/cheshire-constabulary/engages/people-with-less-trust-and-confidence"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 16, r.judgement = "STRENGTH",
    r.evidence = "it has carried out targeted work with people who historically have had less trust and confidence in the police";

// Sentence 17: Values promoted by leaders, and staff positive about the culture.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "values-and-culture"})
MERGE (a)-[r:HAS_STRENGTH {id: "cheshire-peel-assessment/s17/cheshire-constabulary/has_strength/values-and-culture"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 17, r.judgement = "STRENGTH",
    r.evidence = "Senior leaders actively promote Cheshire Constabulary's values, and staff are positive about the force's culture.";

// Sentence 18: Areas for improvement: vetting, and managing the risk of abuse of authority for sexual gain.
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "vetting"})
MERGE (a)-[r:NEEDS_IMPROVEMENT {id: "cheshire-peel-assessment/s18/cheshire-constabulary/needs_improvement/vetting"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 18, r.judgement = "AREA_FOR_IMPROVEMENT",
    r.evidence = "the force needs to improve some areas of vetting";
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "abuse-of-authority-for-sexual-gain"})
MERGE (a)-[r:NEEDS_IMPROVEMENT {id: "cheshire-peel-assessment/s18/cheshire-constabulary/needs_improvement/abuse-of-authority-for-sexual-gain"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 18, r.judgement = "AREA_FOR_IMPROVEMENT",
    r.evidence = "However, the force needs to improve some areas of vetting and the approach to managing the risk of officers and staff abusing their authority for sexual gain (that is, taking advantage of a position of power to exploit vulnerable victims of crime).";
MATCH (a:Entity {id: "abuse-of-authority-for-sexual-gain"}), (b:Entity {id: "vulnerable-victims-of-crime"})
MERGE (a)-[r:THREATENS {id: "cheshire-peel-assessment/s18/abuse-of-authority-for-sexual-gain/threatens/vulnerable-victims-of-crime"}]->(b)
SET r.source = "cheshire-peel-assessment", r.sentence = 18, r.judgement = "AREA_FOR_IMPROVEMENT",
    r.evidence = "taking advantage of a position of power to exploit vulnerable victims of crime";
