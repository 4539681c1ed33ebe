/**
 * s13(4): the nearest relative may require the council to have an AMHP consider the patient's
 * case; if the AMHP decides not to apply, they must inform the nearest relative of the reasons
 * in writing. The Act sets no time for the written reply, so the request is tracked until it
 * is answered and the board shows what is outstanding.
 */
export interface NearestRelativeRequest {
  requestedAt: Date;
  /** The AMHP allocated to consider the case. */
  consideredByAmhpId?: string | null;
  decision?: 'application_made' | 'no_application' | null;
  decidedAt?: Date | null;
  writtenReasonsSentAt?: Date | null;
}

export type NearestRelativeRequestStatus = 'awaiting_amhp' | 'being_considered' | 'written_reasons_due' | 'answered' | 'application_made';

export interface NearestRelativeRequestProgress {
  status: NearestRelativeRequestStatus;
  /** What is still to be done, or null when nothing is. */
  outstanding: string | null;
  section: 's13(4)';
}

export function nearestRelativeRequestProgress(request: NearestRelativeRequest): NearestRelativeRequestProgress {
  const progress = (status: NearestRelativeRequestStatus, outstanding: string | null): NearestRelativeRequestProgress => ({ status, outstanding, section: 's13(4)' });
  if (request.decision === 'application_made') return progress('application_made', null);
  if (request.decision === 'no_application') {
    return request.writtenReasonsSentAt
      ? progress('answered', null)
      : progress('written_reasons_due', 'Tell the nearest relative in writing why no application is being made.');
  }
  if (!request.consideredByAmhpId) return progress('awaiting_amhp', 'Allocate an AMHP to consider the case.');
  return progress('being_considered', 'The AMHP is considering the case.');
}
