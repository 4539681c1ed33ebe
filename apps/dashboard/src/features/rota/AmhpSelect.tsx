import type { RotaAmhpView } from '@amhp/contracts';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  amhps: readonly RotaAmhpView[];
  /** The first option: "Vacant" (leave the place empty) or a prompt to choose. */
  emptyLabel?: string;
  /** Leave out someone (e.g. the AMHP already on the shift). */
  exclude?: string | null;
  invalid?: boolean;
  /** Offers "nobody" as a choice of its own (value VACANT), never as the default. */
  vacantLabel?: string;
}

export const VACANT = 'vacant';

/**
 * The AMHPs a rota manager can put on duty. One whose approval is not in force today is still
 * listed but marked: the API decides at the shift's own time and refuses, citing s114.
 */
export function AmhpSelect({ id, label, value, onChange, amhps, emptyLabel = 'Choose an AMHP…', exclude, invalid, vacantLabel }: Props) {
  const sorted = [...amhps].filter((a) => a.id !== exclude).sort((a, b) => Number(b.canBeOnDuty) - Number(a.canBeOnDuty) || a.name.localeCompare(b.name));
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="input input--full" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid || undefined}>
        <option value="">{emptyLabel}</option>
        {vacantLabel && <option value={VACANT}>{vacantLabel}</option>}
        {sorted.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
            {a.canBeOnDuty ? (a.approval.state === 'expiring' ? ` (approval ends in ${a.approval.daysUntilExpiry} days)` : '') : ' (approval not in force, s114)'}
          </option>
        ))}
      </select>
    </div>
  );
}
