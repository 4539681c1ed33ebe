import { FieldIssue, SEX_LABELS, SEXES } from '@amhp/contracts';
import {
  ETHNIC_CATEGORIES,
  ETHNIC_CATEGORY_CODES,
  LEGAL_SITUATION_CODES,
  LEGAL_SITUATIONS,
  LegalSituation,
  LOCATION_KIND_CODES,
  LOCATION_KINDS,
  REFERRAL_SOURCE_CODES,
  REFERRAL_SOURCES,
  URGENCIES,
  URGENCY_CODES,
} from '@amhp/domain';
import { londonLocalToUtc, formatLondonFull } from '../../lib/london-time';
import { Checkbox, Select, TextArea, TextInput } from './form-controls';
import { clockStartLabel } from './referral-labels';
import {
  ClockFold,
  hasPlaceOfSafety,
  messagesByField,
  POLICE_STATION_CONDITIONS,
  POLICE_STATION_LABELS,
  RISK_FLAGS,
  RISK_LABELS,
  ReferralFormValues,
  startLongAgo,
  TextField,
  toReferralInput,
} from './referral-form-model';

const SEX_OPTIONS = SEXES.map((s) => ({ value: s, label: SEX_LABELS[s] }));
const ETHNIC_OPTIONS = ETHNIC_CATEGORY_CODES.map((c) => ({ value: c, label: ETHNIC_CATEGORIES[c].label }));
const SOURCE_OPTIONS = REFERRAL_SOURCE_CODES.map((c) => ({ value: c, label: REFERRAL_SOURCES[c] }));
const SITUATION_OPTIONS = LEGAL_SITUATION_CODES.map((c) => ({ value: c, label: LEGAL_SITUATIONS[c] }));
const URGENCY_OPTIONS = URGENCY_CODES.map((c) => ({ value: c, label: URGENCIES[c] }));
const LOCATION_OPTIONS = LOCATION_KIND_CODES.map((c) => ({ value: c, label: LOCATION_KINDS[c] }));
const YES_NO = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes, a police station' },
];

interface Props {
  values: ReferralFormValues;
  issues: FieldIssue[];
  onChange: (values: ReferralFormValues) => void;
}

/** Every field of createReferralSchema, grouped as a referral is taken on the phone. */
export function ReferralFormFields({ values, issues, onChange }: Props) {
  const errors = messagesByField(issues);
  const t = values.text;
  const text = (field: TextField) => ({
    field,
    value: t[field],
    error: errors[field],
    onChange: (value: string) => onChange({ ...values, text: { ...t, [field]: value } }),
  });

  const situation = t['legal.situation'] as LegalSituation | '';
  const clockLabel = situation ? clockStartLabel(situation) : null;
  const needsPlaceOfSafety = hasPlaceOfSafety(situation);
  const conversion = clockLabel && t['legal.clockStartedAt'] ? londonLocalToUtc(t['legal.clockStartedAt']) : null;
  // A start longer ago than the power can run: the AMHP confirms it (or corrects a mistyped date).
  const longAgo = !!clockLabel && startLongAgo(situation, toReferralInput(values).input.legal.clockStartedAt);
  const atPoliceStation = needsPlaceOfSafety && t['legal.atPoliceStation'] === 'yes';
  const holdingPower = situation === 's5_2' || situation === 's5_4';
  const policeErrors = POLICE_STATION_CONDITIONS.map((c) => errors[`legal.policeStation.${c}`]).filter(Boolean);

  return (
    <>
      <fieldset className="form-section">
        <legend>Person</legend>
        <div className="grid grid--3">
          <TextInput label="Given name" required {...text('person.givenName')} />
          <TextInput label="Family name" required {...text('person.familyName')} />
          <TextInput label="Date of birth" type="date" required width="medium" {...text('person.dateOfBirth')} />
          <TextInput label="NHS number" hint="10 digits, e.g. 943 476 5919" inputMode="numeric" width="medium" {...text('person.nhsNumber')} />
          <Select label="Sex" required options={SEX_OPTIONS} {...text('person.sex')} />
          <Select label="Ethnic category" required options={ETHNIC_OPTIONS} {...text('person.ethnicCategory')} />
          <TextInput label="Address" required className="span-2" {...text('person.address')} />
          <TextInput label="Postcode" required width="short" {...text('person.postcode')} />
          <TextInput label="Responsible council" required {...text('person.council')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Referral source</legend>
        <div className="grid grid--3">
          <Select label="Source" required options={SOURCE_OPTIONS} {...text('source.kind')} />
          <TextInput label="Referrer name" required {...text('source.referrerName')} />
          <TextInput label="Referrer contact" hint="Phone or email" required {...text('source.referrerContact')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Legal situation on referral</legend>
        <div className="grid grid--3">
          <Select label="Legal situation" required options={SITUATION_OPTIONS} {...text('legal.situation')} />
          {clockLabel && (
            <TextInput
              label={clockLabel}
              hint={`London time (${situation === 's136' || situation === 's135_1' ? 'the 24-hour clock runs from it' : 'the holding power’s clock runs from it'})`}
              type="datetime-local"
              required
              width="medium"
              {...text('legal.clockStartedAt')}
            />
          )}
          {needsPlaceOfSafety && <TextInput label="Place of safety" required {...text('legal.placeOfSafety')} />}
          {needsPlaceOfSafety && <Select label="Is the place of safety a police station?" required options={YES_NO} {...text('legal.atPoliceStation')} />}
        </div>
        {longAgo && (
          <div className="notice" data-testid="confirm-clock-start">
            <p>This start is longer ago than the power could still run: check the date and time.</p>
            <Checkbox
              field="legal.clockStartConfirmed"
              label="The date and time are right: the power has lapsed (the board will show it so)"
              checked={values.clockStartConfirmed}
              onChange={(clockStartConfirmed) => onChange({ ...values, clockStartConfirmed })}
            />
          </div>
        )}
        {atPoliceStation && (
          <fieldset className="fold-choice" data-testid="police-station-conditions">
            <legend>
              A police station may be used for an adult only in these circumstances (s136A(2), Places of Safety Regulations 2017), never for anyone under 18 (s136A(1)).
              Welfare checks at least every 30 minutes.
            </legend>
            {policeErrors.map((e) => (
              <p key={e} className="field-error">
                <span className="visually-hidden">Error: </span>
                {e}
              </p>
            ))}
            {POLICE_STATION_CONDITIONS.map((c) => (
              <Checkbox
                key={c}
                field={`legal.policeStation.${c}`}
                label={POLICE_STATION_LABELS[c]}
                checked={values.policeStation[c]}
                onChange={(checked) => onChange({ ...values, policeStation: { ...values.policeStation, [c]: checked } })}
              />
            ))}
            <TextInput label="Authorising officer (name and rank)" {...text('legal.policeStation.authorisedBy')} />
          </fieldset>
        )}
        {conversion?.kind === 'ambiguous' && (
          <ClockFoldChoice
            first={conversion.first}
            second={conversion.second}
            value={values.clockFold}
            onChange={(clockFold) => onChange({ ...values, clockFold })}
          />
        )}
        <TextArea label="Legal details" required={situation === 'other'} rows={2} {...text('legal.details')} />
      </fieldset>

      <fieldset className="form-section">
        <legend>Where and why</legend>
        <div className="grid grid--3">
          <TextInput label="Where the person is now" required {...text('currentLocation')} />
          <Select label="Kind of place" hint={holdingPower ? 's5(2) and s5(4) hold a hospital in-patient only' : undefined} required={holdingPower} options={LOCATION_OPTIONS} {...text('locationKind')} />
          <Select label="Urgency" required options={URGENCY_OPTIONS} {...text('urgency')} />
        </div>
        <TextArea label="Reason for referral" required rows={4} {...text('reason')} />
      </fieldset>

      <fieldset className="form-section">
        <legend>Risks</legend>
        <div className="checkboxes">
          {RISK_FLAGS.map((flag) => (
            <Checkbox
              key={flag}
              field={`risks.${flag}`}
              label={RISK_LABELS[flag]}
              checked={values.risks[flag]}
              onChange={(checked) => onChange({ ...values, risks: { ...values.risks, [flag]: checked } })}
            />
          ))}
        </div>
        <TextArea label="Risk notes" rows={2} {...text('risks.notes')} />
      </fieldset>
    </>
  );
}

/** On the night the clocks go back, 01:00–01:59 London time happens twice: ask which. */
function ClockFoldChoice({ first, second, value, onChange }: { first: string; second: string; value: ClockFold; onChange: (v: ClockFold) => void }) {
  return (
    <fieldset className="fold-choice">
      <legend>This time happens twice that night (the clocks went back). Which one?</legend>
      <div className="checkbox">
        <input id="clock-fold-first" type="radio" name="clockFold" checked={value === 'first'} onChange={() => onChange('first')} />
        <label htmlFor="clock-fold-first">The first, {formatLondonFull(first)}</label>
      </div>
      <div className="checkbox">
        <input id="clock-fold-second" type="radio" name="clockFold" checked={value === 'second'} onChange={() => onChange('second')} />
        <label htmlFor="clock-fold-second">The second, {formatLondonFull(second)}</label>
      </div>
    </fieldset>
  );
}
