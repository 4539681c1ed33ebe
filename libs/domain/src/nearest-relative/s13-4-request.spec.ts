import { nearestRelativeRequestProgress, NearestRelativeRequest } from './s13-4-request';

const at = (iso: string) => new Date(iso);
const base: NearestRelativeRequest = { requestedAt: at('2026-06-01T10:00:00Z') };

describe('s13(4): a nearest relative’s request tracked to its written reply', () => {
  it.each<[string, NearestRelativeRequest, string, boolean]>([
    ['s13(4) just received', base, 'awaiting_amhp', true],
    ['s13(4) an AMHP is considering it', { ...base, consideredByAmhpId: 'amhp-1' }, 'being_considered', true],
    ['s13(4) decided not to apply: written reasons due', { ...base, consideredByAmhpId: 'amhp-1', decision: 'no_application', decidedAt: at('2026-06-02T10:00:00Z') }, 'written_reasons_due', true],
    ['s13(4) written reasons sent: answered', { ...base, consideredByAmhpId: 'amhp-1', decision: 'no_application', writtenReasonsSentAt: at('2026-06-03T10:00:00Z') }, 'answered', false],
    ['s13(4) an application was made: no written reasons needed', { ...base, consideredByAmhpId: 'amhp-1', decision: 'application_made' }, 'application_made', false],
  ])('%s', (_case, request, status, outstanding) => {
    const progress = nearestRelativeRequestProgress(request);
    expect(progress.status).toBe(status);
    expect(progress.outstanding !== null).toBe(outstanding);
    expect(progress.section).toBe('s13(4)');
  });

  it('says what is outstanding in words', () => {
    expect(nearestRelativeRequestProgress({ ...base, consideredByAmhpId: 'a', decision: 'no_application' }).outstanding).toBe(
      'Tell the nearest relative in writing why no application is being made.',
    );
  });
});
