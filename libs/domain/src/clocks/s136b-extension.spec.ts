import { placeOfSafetyClock, s5_2Clock } from './detention-clocks';
import { endClock } from './legal-clock';
import { extendPlaceOfSafetyDetention, S136BExtensionRequest } from './s136b-extension';

const at = (iso: string) => new Date(iso);
const arrival = at('2026-03-28T10:00:00Z'); // 24 h expire 2026-03-29T10:00Z (11:00 BST)
const s136 = placeOfSafetyClock('s136', arrival);
const request = (overrides: Partial<S136BExtensionRequest> = {}): S136BExtensionRequest => ({
  authorisedAt: at('2026-03-29T08:00:00Z'),
  authorisedByDoctorId: 'dr-okafor',
  hours: 12,
  reason: 'intoxication',
  atPoliceStation: false,
  ...overrides,
});

describe('s136B: extending an s136 or s135(1) detention', () => {
  it.each([
    ['s136B(1) 12 h from the end of the 24 h', request(), '2026-03-29T22:00:00.000Z'],
    ['s136B(1) a shorter extension (4.5 h)', request({ hours: 4.5 }), '2026-03-29T14:30:00.000Z'],
    ['s136B(1) authorised one minute before expiry', request({ authorisedAt: at('2026-03-29T09:59:00Z') }), '2026-03-29T22:00:00.000Z'],
    ['s136B(2) physical treatment needed first', request({ reason: 'physical_health' }), '2026-03-29T22:00:00.000Z'],
    ['s136B(2) another aspect of the condition, described', request({ reason: 'other_condition', details: 'Seizure; post-ictal' }), '2026-03-29T22:00:00.000Z'],
    ['s136B(3) at a police station with a superintendent’s approval', request({ atPoliceStation: true, superintendentApprovedAt: at('2026-03-29T07:50:00Z') }), '2026-03-29T22:00:00.000Z'],
  ])('%s', (_case, req, expiresAt) => {
    const result = extendPlaceOfSafetyDetention(s136, req);
    if (!result.ok) throw new Error(result.reason);
    expect(result.clock.status).toBe('extended');
    expect(result.clock.expiresAt.toISOString()).toBe(expiresAt);
    expect(result.clock.extension?.originalExpiresAt.toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(result.clock.startsAt).toEqual(arrival);
  });

  it('s136B(1) extends an s135(1) detention the same way (s135(3ZA))', () => {
    const result = extendPlaceOfSafetyDetention(placeOfSafetyClock('s135_1', arrival), request({ hours: 6 }));
    expect(result.ok && result.clock.expiresAt.toISOString()).toBe('2026-03-29T16:00:00.000Z');
  });

  const extendedOnce = (() => {
    const r = extendPlaceOfSafetyDetention(s136, request({ hours: 2 }));
    if (!r.ok) throw new Error(r.reason);
    return r.clock;
  })();

  it.each([
    ['s136B(1) refuses a second extension', extendedOnce, request({ authorisedAt: at('2026-03-29T11:00:00Z') }), 's136B(1)', /already been extended once/],
    ['s136B(1) refuses at the moment of expiry', s136, request({ authorisedAt: at('2026-03-29T10:00:00Z') }), 's136B(1)', /before the 24 hours expire/],
    ['s136B(1) refuses after expiry', s136, request({ authorisedAt: at('2026-03-29T12:00:00Z') }), 's136B(1)', /before the 24 hours expire/],
    ['s136B(1) refuses before the detention began', s136, request({ authorisedAt: at('2026-03-28T09:00:00Z') }), 's136B(1)', /before the detention began/],
    ['s136B(1) refuses more than 12 hours', s136, request({ hours: 12.5 }), 's136B(1)', /not more than 12 hours/],
    ['s136B(1) refuses zero hours', s136, request({ hours: 0 }), 's136B(1)', /more than 0/],
    ['s136B(1) refuses a non-number of hours', s136, request({ hours: Number.NaN }), 's136B(1)', /more than 0/],
    ['s136B(1) refuses without the responsible doctor', s136, request({ authorisedByDoctorId: ' ' }), 's136B(1)', /registered medical practitioner/],
    ['s136B(1) refuses an ended detention', endClock(s136, at('2026-03-28T20:00:00Z'), 'Released'), request(), 's136B(1)', /already ended/],
    ['s136B(1) refuses other clocks (s5(2))', s5_2Clock(arrival), request(), 's136B(1)', /Only an s136 or s135\(1\)/],
    ['s136B(2) refuses "waiting for a bed"', s136, request({ reason: 'waiting_for_bed' }), 's136B(2)', /Waiting for a bed.*not a lawful reason/],
    ['s136B(2) refuses "waiting for professionals"', s136, request({ reason: 'waiting_for_professionals' }), 's136B(2)', /Waiting for an AMHP or a doctor.*not a lawful reason/],
    ['s136B(2) refuses "waiting for transport"', s136, request({ reason: 'waiting_for_conveyance' }), 's136B(2)', /not a lawful reason/],
    ['s136B(2) refuses an undescribed "other" condition', s136, request({ reason: 'other_condition', details: '  ' }), 's136B(2)', /Describe/],
    ['s136B(3) refuses at a police station without a superintendent', s136, request({ atPoliceStation: true }), 's136B(3)', /superintendent/],
    ['s136B(3) refuses a superintendent’s approval given after expiry', s136, request({ atPoliceStation: true, superintendentApprovedAt: at('2026-03-29T10:30:00Z') }), 's136B(3)', /superintendent/],
  ])('%s', (_case, clock, req, section, message) => {
    const result = extendPlaceOfSafetyDetention(clock, req);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.section).toBe(section);
    expect(result.reason).toMatch(message);
  });
});
