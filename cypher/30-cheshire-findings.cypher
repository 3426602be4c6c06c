// The findings of the Cheshire Constabulary assessment: each claim the inspector makes is one (:Finding), citing
// one sentence (1-based in the sentences of the Source) and the shortest clause of it that states the claim, with
// that clause's character offsets in the sentence. Each finding names its participants (INVOLVES, with a role) and
// draws as one or more of the typed relationships the explorer shows; the drawn relationships copy the finding's
// citation so that traversals need not visit the finding. Judgements follow the rules in docs/model.md
// ("From words to judgements"): null where the inspector made none (context, plans, provenance, what is only being
// explored). Run after 10-cheshire-source and 20-cheshire-entities.

// Start from nothing for this assessment, so an older model's facts never linger and a re-run gives the same graph.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.source = "cheshire-peel-assessment"
DELETE r;
MATCH (f:Finding {assessment: "cheshire-peel-assessment"})
DETACH DELETE f;

// Sentence 1: I am very pleased with all aspects of the performance of Cheshire Constabulary.

// 1.1 Provenance: the "I" of the transcript is the inspector its title names; no judgement of its own.
CREATE (f:Finding {id: "cheshire-peel-assessment/s1.1", assessment: "cheshire-peel-assessment", sentence: 1, start: 0, end: 78,
                   judgement: null, basis: "INFERRED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "I am very pleased with all aspects of the performance of Cheshire Constabulary"})
WITH f
UNWIND [["hmi-mike-cunningham", "SUBJECT"], ["cheshire-constabulary", "OBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "hmi-mike-cunningham"}), (b:Entity {id: "cheshire-constabulary"})
CREATE (a)-[:ASSESSES {id: "cheshire-peel-assessment/s1.1/hmi-mike-cunningham/assesses/cheshire-constabulary", finding: "cheshire-peel-assessment/s1.1"}]->(b);

// 1.2 The overall verdict: a judgement of the force as a whole, not of any one theme.
CREATE (f:Finding {id: "cheshire-peel-assessment/s1.2", assessment: "cheshire-peel-assessment", sentence: 1, start: 0, end: 78,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "I am very pleased with all aspects of the performance of Cheshire Constabulary"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["overall-performance", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "overall-performance"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s1.2/cheshire-constabulary/has_strength/overall-performance", finding: "cheshire-peel-assessment/s1.2"}]->(b);

// Sentence 2: The force provides a consistently good service.

// 2.1 "consistently good": a strength.
CREATE (f:Finding {id: "cheshire-peel-assessment/s2.1", assessment: "cheshire-peel-assessment", sentence: 2, start: 0, end: 46,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "The force provides a consistently good service"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["overall-service", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "overall-service"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s2.1/cheshire-constabulary/has_strength/overall-service", finding: "cheshire-peel-assessment/s2.1"}]->(b);

// Sentence 3: Cheshire Constabulary conducts high quality investigations.

// 3.1 "high quality": a strength.
CREATE (f:Finding {id: "cheshire-peel-assessment/s3.1", assessment: "cheshire-peel-assessment", sentence: 3, start: 0, end: 58,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "Cheshire Constabulary conducts high quality investigations"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["investigation", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "investigation"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s3.1/cheshire-constabulary/has_strength/investigation", finding: "cheshire-peel-assessment/s3.1"}]->(b);

// Sentence 4: Crimes are investigated by officers with the appropriate skills, and investigations are actively supervised so that standards are maintained.

// 4.1 The first of two strengths in the sentence: the skills of investigators.
CREATE (f:Finding {id: "cheshire-peel-assessment/s4.1", assessment: "cheshire-peel-assessment", sentence: 4, start: 0, end: 63,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "Crimes are investigated by officers with the appropriate skills"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["investigation", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "investigation"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s4.1/cheshire-constabulary/has_strength/investigation", finding: "cheshire-peel-assessment/s4.1"}]->(b);

// 4.2 The second: active supervision of investigations.
CREATE (f:Finding {id: "cheshire-peel-assessment/s4.2", assessment: "cheshire-peel-assessment", sentence: 4, start: 69, end: 140,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "investigations are actively supervised so that standards are maintained"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["investigation", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "investigation"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s4.2/cheshire-constabulary/has_strength/investigation", finding: "cheshire-peel-assessment/s4.2"}]->(b);

// Sentence 5: The force is effective at identifying people who may be vulnerable, and officers across the organisation understand their role in applying safeguarding measures.

// 5.1 "is effective at": a strength.
CREATE (f:Finding {id: "cheshire-peel-assessment/s5.1", assessment: "cheshire-peel-assessment", sentence: 5, start: 0, end: 66,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "The force is effective at identifying people who may be vulnerable"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["vulnerable-people", "OBJECT"], ["protecting-vulnerable-people", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "vulnerable-people"})
CREATE (a)-[:SAFEGUARDS {id: "cheshire-peel-assessment/s5.1/cheshire-constabulary/safeguards/vulnerable-people", finding: "cheshire-peel-assessment/s5.1"}]->(b);

// 5.2 A plainly good practice: a strength.
CREATE (f:Finding {id: "cheshire-peel-assessment/s5.2", assessment: "cheshire-peel-assessment", sentence: 5, start: 72, end: 160,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "officers across the organisation understand their role in applying safeguarding measures"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["protecting-vulnerable-people", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "protecting-vulnerable-people"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s5.2/cheshire-constabulary/has_strength/protecting-vulnerable-people", finding: "cheshire-peel-assessment/s5.2"}]->(b);

// Sentence 6: The force supports victims of domestic abuse well and makes good use of powers to place restrictions on perpetrators.

// 6.1 "supports … well": a strength.
CREATE (f:Finding {id: "cheshire-peel-assessment/s6.1", assessment: "cheshire-peel-assessment", sentence: 6, start: 0, end: 49,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "The force supports victims of domestic abuse well"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["victims-of-domestic-abuse", "OBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "victims-of-domestic-abuse"})
CREATE (a)-[:SAFEGUARDS {id: "cheshire-peel-assessment/s6.1/cheshire-constabulary/safeguards/victims-of-domestic-abuse", finding: "cheshire-peel-assessment/s6.1"}]->(b);

// 6.2 "makes good use of": a strength.
CREATE (f:Finding {id: "cheshire-peel-assessment/s6.2", assessment: "cheshire-peel-assessment", sentence: 6, start: 54, end: 116,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "makes good use of powers to place restrictions on perpetrators"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["restrictions-on-perpetrators", "OBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "restrictions-on-perpetrators"})
CREATE (a)-[:USES {id: "cheshire-peel-assessment/s6.2/cheshire-constabulary/uses/restrictions-on-perpetrators", finding: "cheshire-peel-assessment/s6.2"}]->(b);

// 6.3 Context: what the powers do. No judgement of its own.
CREATE (f:Finding {id: "cheshire-peel-assessment/s6.3", assessment: "cheshire-peel-assessment", sentence: 6, start: 72, end: 116,
                   judgement: null, basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "powers to place restrictions on perpetrators"})
WITH f
UNWIND [["restrictions-on-perpetrators", "SUBJECT"], ["domestic-abuse-perpetrators", "OBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "restrictions-on-perpetrators"}), (b:Entity {id: "domestic-abuse-perpetrators"})
CREATE (a)-[:RESTRICTS {id: "cheshire-peel-assessment/s6.3/restrictions-on-perpetrators/restricts/domestic-abuse-perpetrators", finding: "cheshire-peel-assessment/s6.3"}]->(b);

// Sentence 7: I am impressed by the force's commitment to neighbourhood policing, which gives it strong links to the people of Cheshire.

// 7.1 "I am impressed by": a strength.
CREATE (f:Finding {id: "cheshire-peel-assessment/s7.1", assessment: "cheshire-peel-assessment", sentence: 7, start: 0, end: 66,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "I am impressed by the force's commitment to neighbourhood policing"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["neighbourhood-policing", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "neighbourhood-policing"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s7.1/cheshire-constabulary/has_strength/neighbourhood-policing", finding: "cheshire-peel-assessment/s7.1"}]->(b);

// 7.2 Strong links as a good outcome, and neighbourhood policing (the THEME participant) as what gives them.
CREATE (f:Finding {id: "cheshire-peel-assessment/s7.2", assessment: "cheshire-peel-assessment", sentence: 7, start: 68, end: 121,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "which gives it strong links to the people of Cheshire"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["people-of-cheshire", "OBJECT"], ["neighbourhood-policing", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "people-of-cheshire"})
CREATE (a)-[:ENGAGES {id: "cheshire-peel-assessment/s7.2/cheshire-constabulary/engages/people-of-cheshire", finding: "cheshire-peel-assessment/s7.2"}]->(b);

// Sentence 8: The force also works well with other agencies to reduce reoffending and to identify, investigate and bring to justice repeat and dangerous offenders.

// 8.1 "works well with": a strength; the force and the agencies together, to reduce reoffending.
CREATE (f:Finding {id: "cheshire-peel-assessment/s8.1", assessment: "cheshire-peel-assessment", sentence: 8, start: 0, end: 67,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "The force also works well with other agencies to reduce reoffending"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["cheshire-other-agencies", "PARTNER"], ["reducing-reoffending", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "cheshire-other-agencies"})
CREATE (a)-[:WORKS_WITH {id: "cheshire-peel-assessment/s8.1/cheshire-constabulary/works_with/cheshire-other-agencies", finding: "cheshire-peel-assessment/s8.1"}]->(b);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "reducing-reoffending"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s8.1/cheshire-constabulary/has_strength/reducing-reoffending", finding: "cheshire-peel-assessment/s8.1"}]->(b);
MATCH (a:Entity {id: "cheshire-other-agencies"}), (b:Entity {id: "reducing-reoffending"})
CREATE (a)-[:SUPPORTS {id: "cheshire-peel-assessment/s8.1/cheshire-other-agencies/supports/reducing-reoffending", finding: "cheshire-peel-assessment/s8.1"}]->(b);

// 8.2 The force, working with the agencies, identifies, investigates and brings to justice repeat and dangerous offenders.
CREATE (f:Finding {id: "cheshire-peel-assessment/s8.2", assessment: "cheshire-peel-assessment", sentence: 8, start: 15, end: 148,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "works well with other agencies to reduce reoffending and to identify, investigate and bring to justice repeat and dangerous offenders"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["cheshire-other-agencies", "PARTNER"], ["repeat-and-dangerous-offenders", "OBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "repeat-and-dangerous-offenders"})
CREATE (a)-[:TACKLES {id: "cheshire-peel-assessment/s8.2/cheshire-constabulary/tackles/repeat-and-dangerous-offenders", finding: "cheshire-peel-assessment/s8.2"}]->(b);
MATCH (a:Entity {id: "cheshire-other-agencies"}), (b:Entity {id: "repeat-and-dangerous-offenders"})
CREATE (a)-[:TACKLES {id: "cheshire-peel-assessment/s8.2/cheshire-other-agencies/tackles/repeat-and-dangerous-offenders", finding: "cheshire-peel-assessment/s8.2"}]->(b);

// Sentence 9: Cheshire Constabulary has improved its ability to tackle serious and organised crime since my assessment last year.

// 9.1 "has improved … since my assessment last year": improved.
CREATE (f:Finding {id: "cheshire-peel-assessment/s9.1", assessment: "cheshire-peel-assessment", sentence: 9, start: 0, end: 114,
                   judgement: "IMPROVED", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "Cheshire Constabulary has improved its ability to tackle serious and organised crime since my assessment last year"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["serious-and-organised-crime-response", "THEME"], ["serious-and-organised-crime", "OBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "serious-and-organised-crime-response"})
CREATE (a)-[:IMPROVED {id: "cheshire-peel-assessment/s9.1/cheshire-constabulary/improved/serious-and-organised-crime-response", finding: "cheshire-peel-assessment/s9.1"}]->(b);

// Sentence 10: The force now has a greater understanding of the threat it is facing, informed by data from partner organisations.

// 10.1 "now has a greater understanding": improved.
CREATE (f:Finding {id: "cheshire-peel-assessment/s10.1", assessment: "cheshire-peel-assessment", sentence: 10, start: 0, end: 68,
                   judgement: "IMPROVED", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "The force now has a greater understanding of the threat it is facing"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["serious-and-organised-crime-response", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "serious-and-organised-crime-response"})
CREATE (a)-[:IMPROVED {id: "cheshire-peel-assessment/s10.1/cheshire-constabulary/improved/serious-and-organised-crime-response", finding: "cheshire-peel-assessment/s10.1"}]->(b);

// 10.2 Which threat: serious and organised crime, named in sentence 9, not in this one.
CREATE (f:Finding {id: "cheshire-peel-assessment/s10.2", assessment: "cheshire-peel-assessment", sentence: 10, start: 45, end: 68,
                   judgement: null, basis: "INFERRED", status: "ESTABLISHED", inferredFrom: [9],
                   quote: "the threat it is facing"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["serious-and-organised-crime", "OBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "serious-and-organised-crime"})
CREATE (a)-[:FACES {id: "cheshire-peel-assessment/s10.2/cheshire-constabulary/faces/serious-and-organised-crime", finding: "cheshire-peel-assessment/s10.2"}]->(b);

// 10.3 Partner data informs the force's understanding; context, no judgement of its own.
CREATE (f:Finding {id: "cheshire-peel-assessment/s10.3", assessment: "cheshire-peel-assessment", sentence: 10, start: 70, end: 113,
                   judgement: null, basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "informed by data from partner organisations"})
WITH f
UNWIND [["cheshire-partner-organisations", "SUBJECT"], ["serious-and-organised-crime-response", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-partner-organisations"}), (b:Entity {id: "serious-and-organised-crime-response"})
CREATE (a)-[:INFORMS {id: "cheshire-peel-assessment/s10.3/cheshire-partner-organisations/informs/serious-and-organised-crime-response", finding: "cheshire-peel-assessment/s10.3"}]->(b);

// Sentence 11: The force's priority based approach to budgeting allows it to make informed choices about the level of resources and of services provided by different departments.

// 11.1 A plainly good practice with its outcome (informed choices): a strength.
CREATE (f:Finding {id: "cheshire-peel-assessment/s11.1", assessment: "cheshire-peel-assessment", sentence: 11, start: 0, end: 162,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "The force's priority based approach to budgeting allows it to make informed choices about the level of resources and of services provided by different departments"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["priority-based-budgeting", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "priority-based-budgeting"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s11.1/cheshire-constabulary/has_strength/priority-based-budgeting", finding: "cheshire-peel-assessment/s11.1"}]->(b);

// Sentence 12: I am pleased that Cheshire Constabulary is exploring new ways of working with partner organisations to reduce demand, pool resources and improve service outcomes.

// 12.1 Approval of something only begun ("I am pleased that … is exploring"): no judgement, status exploring.
CREATE (f:Finding {id: "cheshire-peel-assessment/s12.1", assessment: "cheshire-peel-assessment", sentence: 12, start: 18, end: 161,
                   judgement: null, basis: "STATED", status: "EXPLORING", inferredFrom: [],
                   quote: "Cheshire Constabulary is exploring new ways of working with partner organisations to reduce demand, pool resources and improve service outcomes"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["cheshire-partner-organisations", "PARTNER"], ["reducing-demand", "PURPOSE"], ["pooling-resources", "PURPOSE"], ["improving-service-outcomes", "PURPOSE"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "cheshire-partner-organisations"})
CREATE (a)-[:WORKS_WITH {id: "cheshire-peel-assessment/s12.1/cheshire-constabulary/works_with/cheshire-partner-organisations", finding: "cheshire-peel-assessment/s12.1"}]->(b);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "reducing-demand"})
CREATE (a)-[:SUPPORTS {id: "cheshire-peel-assessment/s12.1/cheshire-constabulary/supports/reducing-demand", finding: "cheshire-peel-assessment/s12.1"}]->(b);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "pooling-resources"})
CREATE (a)-[:SUPPORTS {id: "cheshire-peel-assessment/s12.1/cheshire-constabulary/supports/pooling-resources", finding: "cheshire-peel-assessment/s12.1"}]->(b);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "improving-service-outcomes"})
CREATE (a)-[:SUPPORTS {id: "cheshire-peel-assessment/s12.1/cheshire-constabulary/supports/improving-service-outcomes", finding: "cheshire-peel-assessment/s12.1"}]->(b);
MATCH (a:Entity {id: "cheshire-partner-organisations"}), (b:Entity {id: "reducing-demand"})
CREATE (a)-[:SUPPORTS {id: "cheshire-peel-assessment/s12.1/cheshire-partner-organisations/supports/reducing-demand", finding: "cheshire-peel-assessment/s12.1"}]->(b);
MATCH (a:Entity {id: "cheshire-partner-organisations"}), (b:Entity {id: "pooling-resources"})
CREATE (a)-[:SUPPORTS {id: "cheshire-peel-assessment/s12.1/cheshire-partner-organisations/supports/pooling-resources", finding: "cheshire-peel-assessment/s12.1"}]->(b);
MATCH (a:Entity {id: "cheshire-partner-organisations"}), (b:Entity {id: "improving-service-outcomes"})
CREATE (a)-[:SUPPORTS {id: "cheshire-peel-assessment/s12.1/cheshire-partner-organisations/supports/improving-service-outcomes", finding: "cheshire-peel-assessment/s12.1"}]->(b);

// Sentence 13: It also has an ambitious plan for making more use of digital technology, although it has yet to make full use of mobile devices.

// 13.1 A plan: no judgement, status planned.
CREATE (f:Finding {id: "cheshire-peel-assessment/s13.1", assessment: "cheshire-peel-assessment", sentence: 13, start: 0, end: 71,
                   judgement: null, basis: "STATED", status: "PLANNED", inferredFrom: [],
                   quote: "It also has an ambitious plan for making more use of digital technology"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["digital-technology", "PURPOSE"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "digital-technology"})
CREATE (a)-[:SUPPORTS {id: "cheshire-peel-assessment/s13.1/cheshire-constabulary/supports/digital-technology", finding: "cheshire-peel-assessment/s13.1"}]->(b);

// 13.2 "has yet to": an area for improvement.
CREATE (f:Finding {id: "cheshire-peel-assessment/s13.2", assessment: "cheshire-peel-assessment", sentence: 13, start: 82, end: 127,
                   judgement: "AREA_FOR_IMPROVEMENT", basis: "STATED", status: "NOT_YET", inferredFrom: [],
                   quote: "it has yet to make full use of mobile devices"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["mobile-devices", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "mobile-devices"})
CREATE (a)-[:NEEDS_IMPROVEMENT {id: "cheshire-peel-assessment/s13.2/cheshire-constabulary/needs_improvement/mobile-devices", finding: "cheshire-peel-assessment/s13.2"}]->(b);

// Sentence 14: Cheshire Constabulary treats the people it serves and its own officers and staff with fairness and respect.

// 14.1 "treats … with fairness": a strength, towards the public.
CREATE (f:Finding {id: "cheshire-peel-assessment/s14.1", assessment: "cheshire-peel-assessment", sentence: 14, start: 0, end: 106,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "Cheshire Constabulary treats the people it serves and its own officers and staff with fairness and respect"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["treating-the-public-fairly", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "treating-the-public-fairly"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s14.1/cheshire-constabulary/has_strength/treating-the-public-fairly", finding: "cheshire-peel-assessment/s14.1"}]->(b);

// 14.2 … and towards its own workforce.
CREATE (f:Finding {id: "cheshire-peel-assessment/s14.2", assessment: "cheshire-peel-assessment", sentence: 14, start: 0, end: 106,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "Cheshire Constabulary treats the people it serves and its own officers and staff with fairness and respect"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["treating-the-workforce-fairly", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "treating-the-workforce-fairly"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s14.2/cheshire-constabulary/has_strength/treating-the-workforce-fairly", finding: "cheshire-peel-assessment/s14.2"}]->(b);

// Sentence 15: It has a culture of ethical and lawful behaviour.

// 15.1 Plain praise: a strength.
CREATE (f:Finding {id: "cheshire-peel-assessment/s15.1", assessment: "cheshire-peel-assessment", sentence: 15, start: 0, end: 48,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "It has a culture of ethical and lawful behaviour"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["ethical-and-lawful-behaviour", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "ethical-and-lawful-behaviour"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s15.1/cheshire-constabulary/has_strength/ethical-and-lawful-behaviour", finding: "cheshire-peel-assessment/s15.1"}]->(b);

// Sentence 16: The force frequently seeks feedback, using a range of techniques, and it has carried out targeted work with people who historically have had less trust and confidence in the police.

// 16.1 A plainly good practice: a strength.
CREATE (f:Finding {id: "cheshire-peel-assessment/s16.1", assessment: "cheshire-peel-assessment", sentence: 16, start: 0, end: 64,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "The force frequently seeks feedback, using a range of techniques"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["seeking-feedback", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "seeking-feedback"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s16.1/cheshire-constabulary/has_strength/seeking-feedback", finding: "cheshire-peel-assessment/s16.1"}]->(b);

// 16.2 A plainly good practice: a strength.
CREATE (f:Finding {id: "cheshire-peel-assessment/s16.2", assessment: "cheshire-peel-assessment", sentence: 16, start: 70, end: 180,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "it has carried out targeted work with people who historically have had less trust and confidence in the police"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["people-with-less-trust-and-confidence", "OBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "people-with-less-trust-and-confidence"})
CREATE (a)-[:ENGAGES {id: "cheshire-peel-assessment/s16.2/cheshire-constabulary/engages/people-with-less-trust-and-confidence", finding: "cheshire-peel-assessment/s16.2"}]->(b);

// Sentence 17: Senior leaders actively promote Cheshire Constabulary's values, and staff are positive about the force's culture.

// 17.1 The first of two strengths: leaders promote the values.
CREATE (f:Finding {id: "cheshire-peel-assessment/s17.1", assessment: "cheshire-peel-assessment", sentence: 17, start: 0, end: 62,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "Senior leaders actively promote Cheshire Constabulary's values"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["values-and-culture", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "values-and-culture"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s17.1/cheshire-constabulary/has_strength/values-and-culture", finding: "cheshire-peel-assessment/s17.1"}]->(b);

// 17.2 The second: staff are positive about the culture.
CREATE (f:Finding {id: "cheshire-peel-assessment/s17.2", assessment: "cheshire-peel-assessment", sentence: 17, start: 68, end: 112,
                   judgement: "STRENGTH", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "staff are positive about the force's culture"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["values-and-culture", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "values-and-culture"})
CREATE (a)-[:HAS_STRENGTH {id: "cheshire-peel-assessment/s17.2/cheshire-constabulary/has_strength/values-and-culture", finding: "cheshire-peel-assessment/s17.2"}]->(b);

// Sentence 18: However, the force needs to improve some areas of vetting and the approach to managing the risk of officers and staff abusing their authority for sexual gain (that is, taking advantage of a position of power to exploit vulnerable victims of crime).

// 18.1 "needs to improve": an area for improvement.
CREATE (f:Finding {id: "cheshire-peel-assessment/s18.1", assessment: "cheshire-peel-assessment", sentence: 18, start: 9, end: 57,
                   judgement: "AREA_FOR_IMPROVEMENT", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "the force needs to improve some areas of vetting"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["vetting", "THEME"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "vetting"})
CREATE (a)-[:NEEDS_IMPROVEMENT {id: "cheshire-peel-assessment/s18.1/cheshire-constabulary/needs_improvement/vetting", finding: "cheshire-peel-assessment/s18.1"}]->(b);

// 18.2 The second area for improvement: the approach to managing the risk, not the risk itself.
CREATE (f:Finding {id: "cheshire-peel-assessment/s18.2", assessment: "cheshire-peel-assessment", sentence: 18, start: 9, end: 157,
                   judgement: "AREA_FOR_IMPROVEMENT", basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "the force needs to improve some areas of vetting and the approach to managing the risk of officers and staff abusing their authority for sexual gain"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["managing-abuse-of-authority", "THEME"], ["abuse-of-authority-for-sexual-gain", "OBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "managing-abuse-of-authority"})
CREATE (a)-[:NEEDS_IMPROVEMENT {id: "cheshire-peel-assessment/s18.2/cheshire-constabulary/needs_improvement/managing-abuse-of-authority", finding: "cheshire-peel-assessment/s18.2"}]->(b);

// 18.3 Context: the risk the force manages. No judgement of its own.
CREATE (f:Finding {id: "cheshire-peel-assessment/s18.3", assessment: "cheshire-peel-assessment", sentence: 18, start: 87, end: 157,
                   judgement: null, basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "the risk of officers and staff abusing their authority for sexual gain"})
WITH f
UNWIND [["cheshire-constabulary", "SUBJECT"], ["abuse-of-authority-for-sexual-gain", "OBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "cheshire-constabulary"}), (b:Entity {id: "abuse-of-authority-for-sexual-gain"})
CREATE (a)-[:FACES {id: "cheshire-peel-assessment/s18.3/cheshire-constabulary/faces/abuse-of-authority-for-sexual-gain", finding: "cheshire-peel-assessment/s18.3"}]->(b);

// 18.4 The report's own definition of the risk: whom it threatens. No judgement.
CREATE (f:Finding {id: "cheshire-peel-assessment/s18.4", assessment: "cheshire-peel-assessment", sentence: 18, start: 168, end: 246,
                   judgement: null, basis: "STATED", status: "ESTABLISHED", inferredFrom: [],
                   quote: "taking advantage of a position of power to exploit vulnerable victims of crime"})
WITH f
UNWIND [["abuse-of-authority-for-sexual-gain", "SUBJECT"], ["vulnerable-victims-of-crime", "OBJECT"]] AS participant
MATCH (e:Entity {id: participant[0]})
CREATE (f)-[:INVOLVES {role: participant[1]}]->(e);
MATCH (a:Entity {id: "abuse-of-authority-for-sexual-gain"}), (b:Entity {id: "vulnerable-victims-of-crime"})
CREATE (a)-[:THREATENS {id: "cheshire-peel-assessment/s18.4/abuse-of-authority-for-sexual-gain/threatens/vulnerable-victims-of-crime", finding: "cheshire-peel-assessment/s18.4"}]->(b);

// Every drawn relationship carries its finding's citation (from its start entity, which the finding involves).
MATCH (f:Finding {assessment: "cheshire-peel-assessment"})-[:INVOLVES]->(:Entity)-[r]->(:Entity)
WHERE r.finding = f.id
SET r.source = f.assessment, r.sentence = f.sentence, r.start = f.start, r.end = f.end, r.evidence = f.quote,
    r.judgement = f.judgement, r.basis = f.basis, r.status = f.status;

// Every finding here was written by hand from the report and is published: accepted, with no reviewer or time recorded.
MATCH (f:Finding {assessment: "cheshire-peel-assessment"})
SET f.review = "ACCEPTED", f.reviewedBy = null, f.reviewedAt = null, f.reviewReason = null;
