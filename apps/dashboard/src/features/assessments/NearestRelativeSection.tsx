import { ReactNode, useState } from 'react';
import { formatLondonFull } from '../../lib/london-time';
import { useCase } from './case-context';
import { NearestRelativeContactForm } from './forms/RecordForms';
import { RelativesForm } from './forms/RelativesForm';

const IDENTIFICATION_TEXT = {
  identified: 'Identified under s26',
  undetermined: 'The records cannot decide: the AMHP must say who appears to be the nearest relative',
  none: 'No nearest relative',
  not_recorded: 'Relatives not yet recorded',
} as const;

/** The nearest relative: who, how identified (s26), and informed (s11(3)) / consulted and any objection (s11(4)). */
export function NearestRelativeSection({ canRecord }: { canRecord: boolean }) {
  const { assessment } = useCase();
  const nr = assessment.nearestRelative;
  const [open, setOpen] = useState<'relatives' | 'contact' | null>(null);
  const who = nr.relatives.find((r) => r.id === nr.nearestRelativeId) ?? null;
  const c = nr.contact;

  return (
    <section className="case-card" aria-labelledby="nr-heading" data-testid="nearest-relative">
      <div className="case-card__head">
        <h2 id="nr-heading">Nearest relative</h2>
        {canRecord && (
          <>
            <button type="button" className="button button--small" data-testid="record-relatives" aria-expanded={open === 'relatives'} onClick={() => setOpen(open === 'relatives' ? null : 'relatives')}>
              {nr.relatives.length ? 'Change relatives' : 'Record relatives'}
            </button>
            <button type="button" className="button button--small" data-testid="record-nr-contact" aria-expanded={open === 'contact'} onClick={() => setOpen(open === 'contact' ? null : 'contact')}>
              Record contact
            </button>
          </>
        )}
      </div>
      <dl className="facts">
        <Fact term="Nearest relative">
          {who ? (
            <>
              <strong data-testid="nr-name">{who.name}</strong> ({who.relationshipLabel}){who.contact && <span className="muted"> · {who.contact}</span>}
            </>
          ) : (
            IDENTIFICATION_TEXT[nr.identification]
          )}
        </Fact>
        {nr.reason && (
          <Fact term="How identified">
            <span data-testid="nr-reason">{nr.reason}</span>
            {nr.chosenByAmhp && <span className="tag"> chosen by the AMHP</span>}
          </Fact>
        )}
        {nr.passedOver.length > 0 && (
          <Fact term="Passed over">
            <ul className="plain">
              {nr.passedOver.map((p) => (
                <li key={p.relativeId}>
                  {nr.relatives.find((r) => r.id === p.relativeId)?.name ?? 'A relative'}: {p.reason}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        <Fact term="Informed (s11(3))">
          {c.informedAt ? <span data-testid="nr-informed">Yes, {formatLondonFull(c.informedAt)}</span> : c.toBeInformedAfterApplication ? 'To be informed after the application' : 'Not yet'}
        </Fact>
        <Fact term="Consulted (s11(4))">{c.consultedAt ? `Yes, ${formatLondonFull(c.consultedAt)}` : 'Not yet'}</Fact>
        <Fact term="Objection (s11(4))">
          {c.objects ? <strong className="tag tag--bad">Objects to an s3 application{c.displacedByCountyCourt ? ' (displaced by the county court, s29)' : ''}</strong> : 'None recorded'}
        </Fact>
        {c.notReasonablyPracticableReason && <Fact term="Not reasonably practicable">{c.notReasonablyPracticableReason}</Fact>}
        {c.notKnownReason && <Fact term="Steps to identify">{c.notKnownReason}</Fact>}
        {nr.s13_4Request && (
          <Fact term="s13(4) request">
            {nr.s13_4Request.status.replace(/_/g, ' ')}
            {nr.s13_4Request.outstanding && <span className="muted"> · {nr.s13_4Request.outstanding}</span>}
          </Fact>
        )}
      </dl>
      {open === 'relatives' && <RelativesForm onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />}
      {open === 'contact' && <NearestRelativeContactForm onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />}
    </section>
  );
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
