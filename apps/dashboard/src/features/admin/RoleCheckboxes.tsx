import { ROLE_LABELS, ROLES } from '@amhp/contracts';
import type { Role } from '@amhp/contracts';

/** One checkbox per role; administrators see and change cases only with a clinical role too. */
export function RoleCheckboxes({ value, onChange, legend, disabled }: { value: Role[]; onChange: (roles: Role[]) => void; legend: string; disabled?: boolean }) {
  return (
    <fieldset className="roles" disabled={disabled}>
      <legend className="visually-hidden">{legend}</legend>
      {ROLES.map((role) => (
        <label key={role} className="roles__option">
          <input
            type="checkbox"
            name="roles"
            value={role}
            checked={value.includes(role)}
            onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))}
          />
          {ROLE_LABELS[role]}
        </label>
      ))}
    </fieldset>
  );
}
