/**
 * What AMHP Hub knows about an assessor (the AMHP or a recommending doctor) that the
 * Mental Health (Conflicts of Interest) (England) Regulations 2008 ask about. Every field is
 * optional: a check runs only where the data allows it.
 */
export interface ConflictOfInterestFacts {
  /** The assessor is a relative of the person being assessed. */
  relativeOfPatient?: boolean;
  /** Ids of other assessors on this assessment the assessor is related to. */
  relativeOfAssessorIds?: readonly string[];
  /** The assessor stands to gain or lose financially from the decision (beyond ordinary fees). */
  financialInterestInOutcome?: boolean;
  /** Id of the assessor's line manager, to compare with the other assessors. */
  lineManagerId?: string | null;
  /** The clinical team the assessor works in on a routine basis. */
  teamId?: string | null;
  /** Business ventures (partnerships, companies) the assessor is closely involved in. */
  businessVentureIds?: readonly string[];
}
