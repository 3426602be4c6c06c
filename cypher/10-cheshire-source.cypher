// The source document: the PEEL assessment of Cheshire Constabulary by HMI Mike Cunningham (transcript in sources/).
// Every finding in 30-cheshire-findings.cypher cites one of these sentences by its 1-based position.

// The document and its 18 sentences, verbatim and in order (sentence n is sentences[n - 1]).
MERGE (s:Source {id: "cheshire-peel-assessment"})
SET s.title = "HMI Mike Cunningham's assessment of Cheshire Constabulary",
    s.forceId = "cheshire-constabulary",
    s.inspectorId = "hmi-mike-cunningham",
    s.file = "cheshire-peel-assessment.txt",
    // What is known about the assessment, and nothing guessed. The transcript states no year: its content and terms
    // ("abuse of authority for sexual gain" is the PEEL legitimacy wording of 2016, renamed in 2017) place it in
    // HMIC's PEEL 2016 assessment of the force, so the year is recorded as inferred. No publication date or web
    // address was read anywhere, so none is given. HMIC material is published under the Open Government Licence.
    s.kind = "PEEL HMI observations (transcript)",
    s.year = 2016,
    s.yearBasis = "INFERRED",
    s.published = null,
    s.url = null,
    s.licence = "Open Government Licence v3.0",
    s.fictional = false,
    s.sentences = [
      // Paragraph 1: overall verdict.
      "I am very pleased with all aspects of the performance of Cheshire Constabulary.",
      "The force provides a consistently good service.",
      // Paragraph 2: investigation and protecting vulnerable people.
      "Cheshire Constabulary conducts high quality investigations.",
      "Crimes are investigated by officers with the appropriate skills, and investigations are actively supervised so that standards are maintained.",
      "The force is effective at identifying people who may be vulnerable, and officers across the organisation understand their role in applying safeguarding measures.",
      "The force supports victims of domestic abuse well and makes good use of powers to place restrictions on perpetrators.",
      // Paragraph 3: neighbourhood policing and reducing reoffending.
      "I am impressed by the force's commitment to neighbourhood policing, which gives it strong links to the people of Cheshire.",
      "The force also works well with other agencies to reduce reoffending and to identify, investigate and bring to justice repeat and dangerous offenders.",
      // Paragraph 4: serious and organised crime.
      "Cheshire Constabulary has improved its ability to tackle serious and organised crime since my assessment last year.",
      "The force now has a greater understanding of the threat it is facing, informed by data from partner organisations.",
      // Paragraph 5: efficiency.
      "The force's priority based approach to budgeting allows it to make informed choices about the level of resources and of services provided by different departments.",
      "I am pleased that Cheshire Constabulary is exploring new ways of working with partner organisations to reduce demand, pool resources and improve service outcomes.",
      "It also has an ambitious plan for making more use of digital technology, although it has yet to make full use of mobile devices.",
      // Paragraph 6: legitimacy, treating people fairly.
      "Cheshire Constabulary treats the people it serves and its own officers and staff with fairness and respect.",
      "It has a culture of ethical and lawful behaviour.",
      "The force frequently seeks feedback, using a range of techniques, and it has carried out targeted work with people who historically have had less trust and confidence in the police.",
      // Paragraph 7: values, culture and vetting.
      "Senior leaders actively promote Cheshire Constabulary's values, and staff are positive about the force's culture.",
      "However, the force needs to improve some areas of vetting and the approach to managing the risk of officers and staff abusing their authority for sexual gain (that is, taking advantage of a position of power to exploit vulnerable victims of crime)."
    ]
// The transcript body is built from the sentences so the two can never disagree:
// sentences within a paragraph are separated by one space, paragraphs by a blank line.
WITH s, s.sentences AS t
SET s.text =
      t[0] + " " + t[1] + "\n\n" +
      t[2] + " " + t[3] + " " + t[4] + " " + t[5] + "\n\n" +
      t[6] + " " + t[7] + "\n\n" +
      t[8] + " " + t[9] + "\n\n" +
      t[10] + " " + t[11] + " " + t[12] + "\n\n" +
      t[13] + " " + t[14] + " " + t[15] + "\n\n" +
      t[16] + " " + t[17];
