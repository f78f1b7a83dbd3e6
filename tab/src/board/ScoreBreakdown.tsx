import { Body1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { RequestScore } from '@entrance-hall/shared/domain/scoring/score-request';
import { formatDateTime } from '../common/format';

/** The score and each part of it, so the steering group sees why a request scores as it does. */
export function ScoreBreakdown({ score }: { score: RequestScore | undefined }) {
  if (!score) return <Body1 as="p" block>Not scored yet. ICT scores requests during triage.</Body1>;
  return (
    <>
      <Body1 as="p" block>
        <strong>{`Score ${score.total} of 100`}</strong>
        {score.override ? ` (overridden from the calculated ${score.calculated}: ${score.override.reason})` : ''}. Scored by {score.scoredBy.name} on {formatDateTime(score.scoredAt)}.
      </Body1>
      {score.rationale && <Body1 as="p" block>Rationale: {score.rationale}</Body1>}
      <Table aria-label="Parts of the score" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Criterion</TableHeaderCell>
            <TableHeaderCell>Rating (0–5)</TableHeaderCell>
            <TableHeaderCell>Weight</TableHeaderCell>
            <TableHeaderCell>Points</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {score.parts.map((part) => (
            <TableRow key={part.criterion}>
              <TableCell>{part.label}</TableCell>
              <TableCell>{part.rating}</TableCell>
              <TableCell>{part.weight}</TableCell>
              <TableCell>{part.points}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
