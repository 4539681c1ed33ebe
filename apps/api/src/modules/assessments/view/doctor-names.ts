import { RuleViolation } from '@amhp/domain';

/**
 * The domain names a doctor by id in its messages ("Dr 3f2a…"), since it never holds names;
 * the API puts the name from the register in their place before an AMHP reads it.
 */
export function withDoctorNames<T extends Pick<RuleViolation, 'message'>>(items: readonly T[], names: ReadonlyMap<string, string>): T[] {
  return items.map((item) => ({ ...item, message: nameDoctors(item.message, names) }));
}

export function nameDoctors(text: string, names: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [id, name] of names) out = out.split(`Dr ${id}`).join(`Dr ${name.replace(/^Dr\.? /, '')}`);
  return out;
}
