import { LondonDate } from '../time/london-time';
import { Relative, S26_RELATIONSHIPS } from './relative';

/** A fact about a relative that cannot be true, on the field it concerns (index in the list). */
export interface RelativeFactIssue {
  index: number;
  field: 'dateOfBirth' | 'livingWithPatientSince' | 'livingWithPatientUntil';
  message: string;
}

/** Relationships in which the relative must be born before the person, or after. */
const OLDER: ReadonlySet<Relative['relationship']> = new Set(['father_or_mother', 'grandparent']);
const YOUNGER: ReadonlySet<Relative['relationship']> = new Set(['son_or_daughter', 'grandchild']);

/**
 * The facts recorded about relatives checked against the calendar and the person: nobody is born
 * in the future; a parent or grandparent is born before the person and a child or grandchild
 * after; living together (s26(6), s26(7)) starts after the relative's birth, not in the future,
 * and ends after it starts. The nearest relative is then identified from facts that can be true.
 */
export function checkRelativeFacts(relatives: readonly Pick<Relative, 'relationship' | 'dateOfBirth' | 'livingWithPatientSince' | 'livingWithPatientUntil'>[], person: { dateOfBirth: LondonDate }, today: LondonDate): RelativeFactIssue[] {
  return relatives.flatMap((r, index): RelativeFactIssue[] => {
    const issues: RelativeFactIssue[] = [];
    const born = r.dateOfBirth ?? null;
    const label = S26_RELATIONSHIPS[r.relationship].label;
    if (born && born > today) issues.push({ index, field: 'dateOfBirth', message: 'Date of birth cannot be in the future' });
    else if (born && OLDER.has(r.relationship) && born >= person.dateOfBirth) {
      issues.push({ index, field: 'dateOfBirth', message: `A ${label} is born before the person (${person.dateOfBirth}): check the date of birth or the relationship` });
    } else if (born && YOUNGER.has(r.relationship) && born <= person.dateOfBirth) {
      issues.push({ index, field: 'dateOfBirth', message: `A ${label} is born after the person (${person.dateOfBirth}): check the date of birth or the relationship` });
    }
    const since = r.livingWithPatientSince ?? null;
    const until = r.livingWithPatientUntil ?? null;
    if (since && since > today) issues.push({ index, field: 'livingWithPatientSince', message: 'Living with the person since cannot be in the future' });
    else if (since && born && since < born) issues.push({ index, field: 'livingWithPatientSince', message: 'Living with the person since cannot be before their own date of birth' });
    if (until && since && until < since) issues.push({ index, field: 'livingWithPatientUntil', message: 'Living with the person until cannot be before the date they started' });
    else if (until && until > today) issues.push({ index, field: 'livingWithPatientUntil', message: 'Living with the person until cannot be in the future' });
    return issues;
  });
}
