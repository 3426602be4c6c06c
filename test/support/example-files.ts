// The sample assessment files read as compare and diff read the graph: their stated, judged findings about themes.
import type { AssessmentFile } from '../../server/assessments/assessment-file.ts';
import type { ThemedFinding } from '../../server/graph/finding-changes.ts';

/** Each stated finding of the file once per theme it involves, with the types it draws from the force (or all). */
export function themedFindings(file: AssessmentFile): ThemedFinding[] {
  const kinds = new Map(file.entities.map((entity) => [entity.id, entity.kind]));
  const force = file.assessment.force!;
  return file.findings
    .filter((finding) => finding.basis === 'STATED')
    .flatMap((finding) => {
      const fromForce = finding.edges.filter((edge) => edge.from === force && finding.participants.some((p) => p.entity === force));
      const types = (fromForce.length > 0 ? fromForce : finding.edges).map((edge) => edge.type);
      return finding.participants
        .filter((participant) => kinds.get(participant.entity) === 'THEME')
        .map((participant) => ({
          id: finding.id,
          assessmentId: file.assessment.id,
          forceId: force,
          sentence: finding.sentence,
          sentenceText: file.assessment.sentences[finding.sentence - 1]!,
          quote: finding.quote,
          judgement: finding.judgement,
          themeId: participant.entity,
          types,
        }));
    });
}
