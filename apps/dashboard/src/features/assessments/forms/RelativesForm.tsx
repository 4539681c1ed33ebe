import { recordRelativesSchema, RelativeView } from '@amhp/contracts';
import { S26_RELATIONSHIP_CODES, S26_RELATIONSHIPS, S26Relationship } from '@amhp/domain';
import { useState } from 'react';
import { Checkbox, Select, TextInput } from '../../referrals/form-controls';
import { recordRelatives } from '../assessments-api';
import { useCase } from '../case-context';
import { CaseForm, useCaseForm } from '../case-form';
import { CommandFormProps } from './IntakeForms';

interface Row {
  name: string;
  relationship: string;
  dateOfBirth: string;
  halfBlood: boolean;
  livesWithOrCaresForPatient: boolean;
  ordinarilyResidentInUk: boolean;
  permanentlySeparatedOrDeserted: boolean;
  livingWithPatientSince: string;
  excludedReason: string;
  contact: string;
}

const blank = (): Row => ({
  name: '',
  relationship: '',
  dateOfBirth: '',
  halfBlood: false,
  livesWithOrCaresForPatient: false,
  ordinarilyResidentInUk: true,
  permanentlySeparatedOrDeserted: false,
  livingWithPatientSince: '',
  excludedReason: '',
  contact: '',
});

const fromView = (r: RelativeView): Row => ({
  name: r.name,
  relationship: r.relationship,
  dateOfBirth: r.dateOfBirth ?? '',
  halfBlood: r.halfBlood,
  livesWithOrCaresForPatient: r.livesWithOrCaresForPatient,
  ordinarilyResidentInUk: r.ordinarilyResidentInUk,
  permanentlySeparatedOrDeserted: r.permanentlySeparatedOrDeserted,
  livingWithPatientSince: r.livingWithPatientSince ?? '',
  excludedReason: r.excludedReason ?? '',
  contact: r.contact ?? '',
});

const PARTNERS: string[] = ['spouse_or_civil_partner', 'cohabiting_partner'];
const LIVED_WITH: string[] = ['cohabiting_partner', 'lives_with_patient'];
const relationshipOptions = S26_RELATIONSHIP_CODES.map((code: S26Relationship) => ({ value: code, label: `${S26_RELATIONSHIPS[code].label} (${S26_RELATIONSHIPS[code].paragraph})` }));

/**
 * Everyone the AMHP knows of; the API identifies the nearest relative by s26 and says why. Where
 * the records cannot decide (twins, unknown ages) the AMHP names who appears to be the nearest
 * relative, with the reason.
 */
export function RelativesForm({ onDone, onCancel }: CommandFormProps) {
  const { assessment } = useCase();
  const nr = assessment.nearestRelative;
  const form = useCaseForm('relatives');
  const [rows, setRows] = useState<Row[]>(() => (nr.relatives.length ? nr.relatives.map(fromView) : [blank()]));
  const [residentInUk, setResidentInUk] = useState(nr.patientOrdinarilyResidentInUk ?? true);
  const [appearing, setAppearing] = useState({ index: '', reason: '' });
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = async () => {
    const relatives = rows.map((r) => ({
      name: r.name,
      relationship: r.relationship || undefined,
      dateOfBirth: r.dateOfBirth || null,
      halfBlood: r.halfBlood,
      livesWithOrCaresForPatient: r.livesWithOrCaresForPatient,
      ordinarilyResidentInUk: r.ordinarilyResidentInUk,
      permanentlySeparatedOrDeserted: PARTNERS.includes(r.relationship) ? r.permanentlySeparatedOrDeserted : false,
      livingWithPatientSince: LIVED_WITH.includes(r.relationship) ? r.livingWithPatientSince || null : null,
      excludedReason: r.excludedReason,
      contact: r.contact,
    }));
    const ok = await form.submit({
      what: 'The relatives',
      schema: recordRelativesSchema,
      body: {
        patientOrdinarilyResidentInUk: residentInUk,
        relatives,
        appearingNearestRelative: appearing.index === '' ? null : { index: Number(appearing.index), reason: appearing.reason },
      },
      send: (body) => recordRelatives(assessment.id, body),
      done: 'Relatives recorded; nearest relative identified under s26.',
    });
    if (ok) onDone();
  };

  return (
    <CaseForm form={form} id="relatives" title="Relatives (for s26)" intro="List everyone: the nearest relative is worked out by s26, not chosen." submitLabel="Record relatives" onSubmit={submit} onCancel={onCancel}>
      <Checkbox field={form.f('patientOrdinarilyResidentInUk')} label="The person is ordinarily resident in the UK (s26(5)(a))" checked={residentInUk} onChange={setResidentInUk} />
      {rows.map((r, i) => {
        const f = (field: string) => form.f(`relatives.${i}.${field}`);
        const err = (field: string) => form.errorFor(`relatives.${i}.${field}`);
        return (
          <fieldset className="form-section relative-row" key={i}>
            <legend>Relative {i + 1}</legend>
            <div className="grid grid--3">
              <TextInput field={f('name')} label="Name" required value={r.name} onChange={(name) => set(i, { name })} error={err('name')} />
              <Select field={f('relationship')} label="Relationship (s26)" required value={r.relationship} onChange={(relationship) => set(i, { relationship })} error={err('relationship')} options={relationshipOptions} />
              <TextInput field={f('dateOfBirth')} label="Date of birth" type="date" width="medium" value={r.dateOfBirth} onChange={(dateOfBirth) => set(i, { dateOfBirth })} error={err('dateOfBirth')} />
              {LIVED_WITH.includes(r.relationship) && (
                <TextInput field={f('livingWithPatientSince')} label="Living with the person since" type="date" width="medium" required value={r.livingWithPatientSince} onChange={(livingWithPatientSince) => set(i, { livingWithPatientSince })} error={err('livingWithPatientSince')} />
              )}
              <TextInput field={f('contact')} label="How to contact them" value={r.contact} onChange={(contact) => set(i, { contact })} error={err('contact')} />
              <TextInput field={f('excludedReason')} label="Reason they cannot act" hint="e.g. displaced under s29" value={r.excludedReason} onChange={(excludedReason) => set(i, { excludedReason })} error={err('excludedReason')} />
            </div>
            <div className="checkboxes">
              <Checkbox field={f('livesWithOrCaresForPatient')} label="Lives with or cares for the person (s26(4))" checked={r.livesWithOrCaresForPatient} onChange={(v) => set(i, { livesWithOrCaresForPatient: v })} />
              <Checkbox field={f('ordinarilyResidentInUk')} label="Ordinarily resident in the UK" checked={r.ordinarilyResidentInUk} onChange={(v) => set(i, { ordinarilyResidentInUk: v })} />
              <Checkbox field={f('halfBlood')} label="Half blood (s26(3))" checked={r.halfBlood} onChange={(v) => set(i, { halfBlood: v })} />
              {PARTNERS.includes(r.relationship) && (
                <Checkbox field={f('permanentlySeparatedOrDeserted')} label="Permanently separated or deserted" checked={r.permanentlySeparatedOrDeserted} onChange={(v) => set(i, { permanentlySeparatedOrDeserted: v })} />
              )}
            </div>
            {rows.length > 1 && (
              <button type="button" className="button button--small" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                Remove relative {i + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="button button--small" onClick={() => setRows([...rows, blank()])}>
        Add another relative
      </button>
      {nr.identification === 'undetermined' && (
        <fieldset className="form-section">
          <legend>The records cannot decide: who appears to be the nearest relative?</legend>
          <div className="grid grid--2">
            <Select field={form.f('appearingNearestRelative.index')} label="Appears to be the nearest relative" value={appearing.index} onChange={(index) => setAppearing({ ...appearing, index })} options={rows.map((r, i) => ({ value: String(i), label: r.name || `Relative ${i + 1}` }))} />
            <TextInput field={form.f('appearingNearestRelative.reason')} label="Why" value={appearing.reason} onChange={(reason) => setAppearing({ ...appearing, reason })} error={form.errorFor('appearingNearestRelative.reason')} />
          </div>
        </fieldset>
      )}
    </CaseForm>
  );
}
