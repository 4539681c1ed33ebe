import { DoctorView } from '@amhp/contracts';
import { fieldId } from '../../referrals/referral-form-model';
import { Registry } from '../use-registry';

interface Props {
  field: string;
  doctors: Registry<DoctorView>;
  chosen: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  max: number;
}

/** Tick the doctors; each says whether they are s12-approved, so the AMHP can see s12(2) is met. */
export function DoctorChoice({ field, doctors, chosen, onChange, error, max }: Props) {
  const id = fieldId(field);
  const toggle = (doctorId: string, on: boolean) => onChange(on ? [...chosen, doctorId].slice(0, max) : chosen.filter((d) => d !== doctorId));
  return (
    <fieldset className={`doctor-choice field${error ? ' field--error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field__label">Doctors (up to {max})</legend>
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {doctors.error && <p className="notice notice--error">Could not load the doctors: {doctors.error}</p>}
      {doctors.loaded && doctors.items.length === 0 && <p className="muted">No doctors on the list yet: add one below.</p>}
      <div id={id} tabIndex={-1} className="doctor-choice__list">
        {doctors.items.map((d) => (
          <div className="checkbox" key={d.id}>
            <input
              id={`${id}-${d.id}`}
              type="checkbox"
              checked={chosen.includes(d.id)}
              disabled={!chosen.includes(d.id) && chosen.length >= max}
              onChange={(e) => toggle(d.id, e.target.checked)}
            />
            <label htmlFor={`${id}-${d.id}`}>
              {d.name} {d.s12Approved ? <strong className="tag tag--ok">s12 approved</strong> : <span className="tag">not s12</span>}
              {d.organisation && <span className="muted"> · {d.organisation}</span>}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
