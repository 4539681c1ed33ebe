import { recordAssessorRelationshipsSchema, AssessorRelationshipView } from '@amhp/contracts';
import { ASSESSOR_RELATIONSHIP_KINDS, ASSESSOR_RELATIONSHIPS, AssessorRelationshipKind } from '@amhp/domain';
import { useState } from 'react';
import { formatLondonFull } from '../../lib/london-time';
import { fieldId } from '../referrals/referral-form-model';
import { recordAssessorRelationships } from './assessments-api';
import { useCase } from './case-context';
import { CaseForm, useCaseForm } from './case-form';

const FINDING_TAG: Record<AssessorRelationshipView['finding'], { className: string; text: string }> = {
  conflict: { className: 'tag tag--bad', text: 'Conflict of interest' },
  conflict_if_all_three: { className: 'tag', text: 'Conflict if all three are in this team' },
  no_conflict: { className: 'tag tag--ok', text: 'Not in itself a conflict' },
};

/**
 * Conflicts of interest (Mental Health (Conflicts of Interest) (England) Regulations 2008): the
 * professional and personal relationships between the AMHP and the doctors, each with what the
 * Regulations make of it. The application check applies them; a conflict refuses it.
 */
export function RelationshipsSection({ canRecord }: { canRecord: boolean }) {
  const { assessment } = useCase();
  const [editing, setEditing] = useState(false);
  const recorded = assessment.assessorRelationships;
  return (
    <section className="case-card" aria-labelledby="relationships-heading" data-testid="relationships">
      <div className="case-card__head">
        <h2 id="relationships-heading">Conflicts of interest: relationships between the assessors</h2>
        {canRecord && (
          <button type="button" className="button button--small" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            Record relationships
          </button>
        )}
      </div>
      {!recorded.forAllocatedAmhp && <p className="notice">These were recorded for a previous AMHP: record the allocated AMHP’s relationships again.</p>}
      {recorded.recordedAt === null ? (
        <p className="muted">None recorded. Record any line management, employment, family, business or team relationship between the AMHP and the doctors.</p>
      ) : recorded.relationships.length === 0 ? (
        <p className="muted">Recorded {formatLondonFull(recorded.recordedAt)}: no relationships between the assessors.</p>
      ) : (
        <ul className="plain-list" data-testid="relationship-list">
          {recorded.relationships.map((r, i) => (
            <li key={i} data-testid="relationship" data-finding={r.finding}>
              <strong>{r.description}.</strong> <span className={FINDING_TAG[r.finding].className}>{FINDING_TAG[r.finding].text}</span>
              <div className="small muted">{r.explanation}</div>
            </li>
          ))}
        </ul>
      )}
      {editing && <RelationshipsForm onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />}
    </section>
  );
}

interface Row {
  from: string;
  kind: AssessorRelationshipKind | '';
  to: string;
}

function RelationshipsForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { assessment } = useCase();
  const form = useCaseForm('relationships');
  const doctors = new Map<string, string>();
  for (const d of assessment.arrangement?.doctors ?? []) doctors.set(d.id, d.name);
  for (const e of assessment.examinations) doctors.set(e.doctor.id, e.doctor.name);
  const people = [...(assessment.amhp ? [{ value: 'amhp', label: `The AMHP (${assessment.amhp.name})` }] : []), ...[...doctors].map(([value, name]) => ({ value, label: name }))];
  const current = assessment.assessorRelationships;
  const ref = (r: AssessorRelationshipView['from']) => (r.role === 'amhp' ? 'amhp' : r.id);
  const [rows, setRows] = useState<Row[]>(current.forAllocatedAmhp ? current.relationships.map((r) => ({ from: ref(r.from), kind: r.kind, to: ref(r.to) })) : []);
  const set = (i: number, change: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));

  const submit = async () => {
    const ok = await form.submit({
      what: 'The relationships',
      schema: recordAssessorRelationshipsSchema,
      body: { relationships: rows.map((r) => ({ from: r.from, kind: r.kind || undefined, to: r.to })) },
      send: (body) => recordAssessorRelationships(assessment.id, body),
      done: 'Relationships between the assessors recorded.',
    });
    if (ok) onDone();
  };

  const select = (i: number, side: 'from' | 'to', label: string) => {
    const field = form.f(`relationships.${i}.${side}`);
    return (
      <label className="field">
        <span className="field__label">{label}</span>
        <select id={fieldId(field)} className="input" value={rows[i][side]} onChange={(e) => set(i, { [side]: e.target.value })} aria-invalid={form.errorFor(`relationships.${i}.${side}`) ? true : undefined}>
          <option value="">Choose…</option>
          {people.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
    );
  };

  return (
    <CaseForm
      form={form}
      id="relationships"
      title="Relationships between the AMHP and the doctors"
      intro="Conflicts of Interest Regulations 2008: one assessor line-managing or employing another, a relative or a business venture is a conflict; all three in one team is a conflict unless the case is urgent; the same employer is not in itself a conflict. Saving replaces the list."
      submitLabel="Save relationships"
      onSubmit={submit}
      onCancel={onCancel}
    >
      {rows.length === 0 && <p className="muted">No relationships listed: saving records that there are none.</p>}
      {rows.map((row, i) => (
        <fieldset key={i} className="relationship-row" data-testid="relationship-row">
          <legend className="visually-hidden">Relationship {i + 1}</legend>
          {select(i, 'from', 'Who')}
          <label className="field">
            <span className="field__label">Relationship</span>
            <select id={fieldId(form.f(`relationships.${i}.kind`))} className="input" value={row.kind} onChange={(e) => set(i, { kind: e.target.value as AssessorRelationshipKind })}>
              <option value="">Choose…</option>
              {ASSESSOR_RELATIONSHIP_KINDS.map((k) => (
                <option key={k} value={k}>
                  {ASSESSOR_RELATIONSHIPS[k]}
                </option>
              ))}
            </select>
          </label>
          {select(i, 'to', 'Whom')}
          <button type="button" className="button button--small" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            Remove
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button--small" onClick={() => setRows([...rows, { from: assessment.amhp ? 'amhp' : '', kind: '', to: '' }])}>
        Add a relationship
      </button>
    </CaseForm>
  );
}
