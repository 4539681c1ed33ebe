import { RotaProblem } from './use-rota-write';

const FIELD_LABELS: Record<string, string> = {
  amhpId: 'AMHP',
  expectedAmhpId: 'AMHP on the shift',
  shiftId: 'Shift',
  'first.shiftId': 'First shift',
  'first.amhpId': 'First AMHP',
  'second.shiftId': 'Other shift',
  'second.amhpId': 'Other AMHP',
  teamId: 'Team',
  kind: 'Kind',
  startsAt: 'Start',
  endsAt: 'End',
  anchor: 'Anchor Monday',
  period: 'Period',
  cycle: 'Cycle',
  slots: 'Slots',
  validFrom: 'Valid from',
  validUntil: 'Valid until',
  version: 'Version',
  from: 'From',
  to: 'To',
  type: 'Change',
  id: 'Team id',
  name: 'Name',
  edtTeamId: 'EDT covering out of hours',
  nation: 'Bank holidays of',
  dayDutyWeekdays: 'Day duty weekdays',
  dayDutyStarts: 'Day duty starts',
  dayDutyEnds: 'Day duty ends',
  handoverAckMinutes: 'Handover acknowledged within',
  coverRules: 'Cover rules',
};

const COVER_RULE_PARTS: Record<string, string> = { kind: 'kind', minimum: 'minimum AMHPs', window: 'daily window', 'window.from': 'daily from', 'window.to': 'daily to' };

/** "Cycle, week 2, place 1" from "cycle.1.0"; known fields by their label, anything else as sent. */
export function fieldLabel(field: string): string {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  const cycle = /^cycle\.(\d+)(?:\.(\d+))?$/.exec(field);
  if (cycle) return `Cycle, week ${Number(cycle[1]) + 1}${cycle[2] !== undefined ? `, place ${Number(cycle[2]) + 1}` : ''}`;
  // A team's "coverRules.1.window.to" reads "Cover rule 2, daily to", as the form labels it.
  const rule = /^coverRules\.(\d+)(?:\.(.+))?$/.exec(field);
  if (rule) return `Cover rule ${Number(rule[1]) + 1}${rule[2] ? `, ${COVER_RULE_PARTS[rule[2]] ?? rule[2]}` : ''}`;
  if (/^dayDutyWeekdays\.\d+$/.test(field)) return FIELD_LABELS.dayDutyWeekdays;
  return field;
}

/** The refusal, in full: the sentence, then every field with its reason. */
export function RotaProblemNotice({ problem }: { problem: RotaProblem | null }) {
  if (!problem) return null;
  return (
    <div className={`notice ${problem.kind === 'conflict' ? 'notice--warning' : 'notice--error'}`} role="alert" data-testid="rota-problem">
      <p className="rota-problem__message">
        {problem.kind === 'conflict' && <strong>Changed by someone else. </strong>}
        {problem.message}
      </p>
      {problem.issues.length > 0 && (
        <ul className="rota-problem__issues">
          {problem.issues.map((issue) => (
            <li key={`${issue.field}:${issue.message}`} data-field={issue.field}>
              <strong>{fieldLabel(issue.field)}</strong>: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
