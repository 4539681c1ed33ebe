import { ExaminationView } from '@amhp/contracts';
import { clearDaysBetween, londonDateOf } from '@amhp/domain';
import { useState } from 'react';
import { formatLondonFull } from '../../lib/london-time';
import { useCase } from './case-context';
import { ExaminationForm, LateRecommendationForm } from './forms/RecordForms';
import { RuleCheckList } from './RuleCheckList';

type Open = { kind: 'examination' } | { kind: 'late'; examination: ExaminationView } | null;

/** s12(1): the clear days between two separate examinations (the 1st and the 7th: five). */
function clearDays(a: ExaminationView, b: ExaminationView): number {
  return clearDaysBetween(londonDateOf(new Date(a.examinedAt)), londonDateOf(new Date(b.examinedAt)));
}

/**
 * The doctors' examinations and their medical recommendations, with the facts the rules turn on
 * (s12 approval, previous acquaintance, the days between examinations) and the API's check of
 * the recommendations recorded for each section.
 */
export function RecommendationsSection({ canRecord }: { canRecord: boolean }) {
  const { assessment } = useCase();
  const [open, setOpen] = useState<Open>(null);
  const exams = [...assessment.examinations].sort((a, b) => Date.parse(a.examinedAt) - Date.parse(b.examinedAt));
  const withRec = exams.filter((e) => e.recommendation);

  return (
    <section className="case-card" aria-labelledby="recommendations-heading" data-testid="recommendations">
      <div className="case-card__head">
        <h2 id="recommendations-heading">Doctors and medical recommendations</h2>
        {canRecord && (
          <button type="button" className="button button--small" data-testid="record-examination" aria-expanded={open?.kind === 'examination'} onClick={() => setOpen(open?.kind === 'examination' ? null : { kind: 'examination' })}>
            Record examination
          </button>
        )}
      </div>
      {exams.length === 0 ? (
        <p className="muted">No examination recorded yet.</p>
      ) : (
        <table className="facts-table">
          <thead>
            <tr>
              <th scope="col">Doctor</th>
              <th scope="col">s12 approved</th>
              <th scope="col">Examined (London)</th>
              <th scope="col">Knew the person</th>
              <th scope="col">Recommendation</th>
            </tr>
          </thead>
          <tbody>
            {exams.map((e) => (
              <tr key={e.id} data-testid="examination" data-examination-id={e.id}>
                <td>
                  <strong>{e.doctor.name}</strong>
                  <div className="muted small">
                    GMC {e.doctor.gmcNumber}
                    {e.doctor.organisation ? ` · ${e.doctor.organisation}` : ''}
                  </div>
                  {(e.conflicts.relativeOfPatient || e.conflicts.financialInterestInOutcome) && (
                    <div className="tag tag--bad">{e.conflicts.relativeOfPatient ? 'Relative of the person' : 'Financial interest in the outcome'}</div>
                  )}
                </td>
                <td>{e.doctor.s12Approved ? <span className="tag tag--ok">Yes, s12</span> : <span className="tag">No</span>}</td>
                <td className="num">{formatLondonFull(e.examinedAt)}</td>
                <td>{e.previousAcquaintance ? <span className="tag tag--ok">Yes</span> : <span className="tag">No</span>}</td>
                <td>
                  {e.recommendation ? (
                    <>
                      <strong>{e.recommendation.section}</strong> signed <span className="num">{formatLondonFull(e.recommendation.signedAt)}</span>
                      {e.recommendation.section === 's3' && <div className="small">{e.recommendation.statesAppropriateTreatmentAvailable ? 'States appropriate treatment is available' : 'Does not state appropriate treatment is available'}</div>}
                    </>
                  ) : canRecord ? (
                    <button type="button" className="button button--small" onClick={() => setOpen({ kind: 'late', examination: e })}>
                      Record recommendation
                    </button>
                  ) : (
                    <span className="muted">None</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {withRec.length >= 2 && (
        <p className="small" data-testid="clear-days">
          s12(1): {clearDays(withRec[0], withRec[withRec.length - 1])} clear day(s) between the first and the last examination with a recommendation (at most 5 when examined separately).
        </p>
      )}
      {assessment.recommendationChecks.map((check) => (
        <div key={check.section} className="subcheck" data-testid="recommendation-check" data-section={check.section}>
          <h3>Checks on the {check.section} recommendations (s12 approval, previous acquaintance, five clear days)</h3>
          <RuleCheckList check={check} />
        </div>
      ))}
      {open?.kind === 'examination' && <ExaminationForm onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />}
      {open?.kind === 'late' && (
        <LateRecommendationForm examinationId={open.examination.id} doctorName={open.examination.doctor.name} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />
      )}
    </section>
  );
}
