import { createDoctorSchema, DoctorView, FieldIssue, toFieldIssues } from '@amhp/contracts';
import { FormEvent, useState } from 'react';
import { describeError, ValidationFailedError } from '../../lib/api-client';
import { Checkbox, TextInput } from '../referrals/form-controls';
import { createDoctor } from './assessments-api';

const EMPTY = { name: '', gmcNumber: '', organisation: '', team: '', phone: '' };

/**
 * "Doctor not in the list?": adds a registered medical practitioner to the council's list
 * (POST /api/doctors). Whether they are s12-approved matters to every application (s12(2)).
 */
export function AddDoctorPanel({ prefix, onAdded }: { prefix: string; onAdded: (doctor: DoctorView) => void }) {
  const [text, setText] = useState(EMPTY);
  const [flags, setFlags] = useState({ s12Approved: false, approvedClinician: false, registered: true });
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const f = (field: string) => `${prefix}.doctor.${field}`;
  const err = (field: string) => issues.find((i) => i.field === field)?.message;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { ...text, ...flags };
    const parsed = createDoctorSchema.safeParse(body);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error));
      return;
    }
    setIssues([]);
    setFailure(null);
    setBusy(true);
    try {
      const doctor = await createDoctor(body);
      onAdded(doctor);
      setText(EMPTY);
      setFlags({ s12Approved: false, approvedClinician: false, registered: true });
      setOpen(false);
    } catch (e) {
      if (e instanceof ValidationFailedError) setIssues(e.issues);
      else setFailure(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="add-panel" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Doctor not in the list? Add a doctor</summary>
      <form noValidate onSubmit={submit} aria-label="Add a doctor" data-testid="add-doctor-form">
        <div className="grid grid--2">
          <TextInput field={f('name')} label="Doctor’s name" required value={text.name} onChange={(name) => setText({ ...text, name })} error={err('name')} />
          <TextInput field={f('gmcNumber')} label="GMC number" required inputMode="numeric" width="short" value={text.gmcNumber} onChange={(gmcNumber) => setText({ ...text, gmcNumber })} error={err('gmcNumber')} />
          <TextInput field={f('organisation')} label="Organisation" value={text.organisation} onChange={(organisation) => setText({ ...text, organisation })} />
          <TextInput field={f('team')} label="Team" hint="For the conflicts of interest check" value={text.team} onChange={(team) => setText({ ...text, team })} />
          <TextInput field={f('phone')} label="Phone" type="tel" value={text.phone} onChange={(phone) => setText({ ...text, phone })} />
        </div>
        <div className="checkboxes">
          <Checkbox field={f('s12Approved')} label="Approved under s12" checked={flags.s12Approved} onChange={(s12Approved) => setFlags({ ...flags, s12Approved })} />
          <Checkbox field={f('approvedClinician')} label="Approved clinician" checked={flags.approvedClinician} onChange={(approvedClinician) => setFlags({ ...flags, approvedClinician })} />
          <Checkbox field={f('registered')} label="Registered with the GMC" checked={flags.registered} onChange={(registered) => setFlags({ ...flags, registered })} />
        </div>
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Adding…' : 'Add doctor'}
        </button>
      </form>
    </details>
  );
}
