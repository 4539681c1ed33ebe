import { allowedBedRequestCommands, BedRequest, BedRequestCommand, bedRequestWaits, currentBedOffer, decideBedRequest, openBedRequest } from './bed-request';

const t = (hours: number) => new Date(Date.UTC(2026, 9, 24, 20) + hours * 3_600_000); // from 21:00 BST on 24 October 2026
const open = () => openBedRequest({ neededAt: t(0), requestedAt: t(1), legalBasis: 's2', wardType: 'adult_acute' });
const offer = (hours: number, over: Partial<Extract<BedRequestCommand, { type: 'offer' }>> = {}): BedRequestCommand => ({
  type: 'offer',
  at: t(hours),
  hospital: 'Example Hospital',
  ward: 'Birch ward',
  outOfArea: false,
  ...over,
});
function run(...commands: BedRequestCommand[]): BedRequest {
  return commands.reduce((r, c) => {
    const d = decideBedRequest(r, c);
    if (!d.ok) throw new Error(d.message);
    return d.request;
  }, open());
}

describe('the bed request', () => {
  it('requested → searching → offered → accepted → admitted', () => {
    const r = run({ type: 'start_search', at: t(1) }, offer(5), { type: 'accept_offer', at: t(6), by: 'amhp-1' }, { type: 'admit', at: t(9) });
    expect(r.state).toBe('admitted');
    expect(r.offers).toEqual([expect.objectContaining({ outcome: 'accepted', acceptedBy: 'amhp-1', hospital: 'Example Hospital' })]);
  });

  it('the wait is counted from when the bed was needed, not when it was found, in real hours across the autumn change', () => {
    const r = run({ type: 'start_search', at: t(1) }, offer(5), { type: 'accept_offer', at: t(6), by: 'amhp-1' }, { type: 'admit', at: t(9) });
    expect(bedRequestWaits(r, t(20))).toEqual({ waitMs: 9 * 3_600_000, toBedIdentifiedMs: 6 * 3_600_000, toAdmissionMs: 9 * 3_600_000, offersDeclined: 0, offersRetracted: 0, outOfAreaPlacement: false });
    expect(bedRequestWaits(open(), t(30)).waitMs).toBe(30 * 3_600_000);
  });

  it('a declined offer returns the request to searching, and the wait runs on', () => {
    const r = run(offer(2), { type: 'decline_offer', at: t(3), reason: 'Female-only ward needed' });
    expect(r.state).toBe('searching');
    expect(currentBedOffer(r)).toBeNull();
    expect(bedRequestWaits(r, t(10))).toEqual(expect.objectContaining({ waitMs: 10 * 3_600_000, offersDeclined: 1, toBedIdentifiedMs: null }));
  });

  it('a bed given to someone else after acceptance returns the request to searching', () => {
    const r = run(offer(2), { type: 'accept_offer', at: t(3), by: 'amhp-1' }, { type: 'retract_offer', at: t(4), reason: 'Bed given to a transfer' });
    expect(r.state).toBe('searching');
    expect(r.offers[0]).toEqual(expect.objectContaining({ outcome: 'retracted', closedReason: 'Bed given to a transfer' }));
  });

  it('an out-of-area offer is flagged as an out-of-area placement, with the distance', () => {
    const r = run(offer(2, { outOfArea: true, distanceMiles: 140 }), { type: 'accept_offer', at: t(3), by: 'amhp-1' }, { type: 'admit', at: t(8) });
    expect(r.offers[0]).toEqual(expect.objectContaining({ outOfAreaPlacement: true, distanceMiles: 140 }));
    expect(bedRequestWaits(r, t(8)).outOfAreaPlacement).toBe(true);
  });

  it('a withdrawn request keeps its reason and closes the open offer', () => {
    const r = run(offer(2), { type: 'withdraw', at: t(3), reason: 'Informal admission agreed' });
    expect(r.state).toBe('withdrawn');
    expect(r.withdrawal).toEqual({ reason: 'Informal admission agreed', at: t(3) });
    expect(r.offers[0].outcome).toBe('retracted');
    expect(bedRequestWaits(r, t(50)).waitMs).toBe(3 * 3_600_000);
  });

  it.each<[string, BedRequestCommand[], BedRequestCommand, string]>([
    ['admission without an accepted offer', [offer(2)], { type: 'admit', at: t(3) }, 'not_allowed_now'],
    ['admission while searching', [{ type: 'start_search', at: t(1) }], { type: 'admit', at: t(3) }, 'not_allowed_now'],
    ['acceptance with nothing offered', [], { type: 'accept_offer', at: t(3), by: 'amhp-1' }, 'not_allowed_now'],
    ['a second offer while one is on the table', [offer(2)], offer(3), 'not_allowed_now'],
    ['anything after admission', [offer(2), { type: 'accept_offer', at: t(3), by: 'a' }, { type: 'admit', at: t(4) }], { type: 'withdraw', at: t(5), reason: 'x' }, 'not_allowed_now'],
    ['anything after withdrawal', [{ type: 'withdraw', at: t(2), reason: 'x' }], offer(3), 'not_allowed_now'],
    ['an out-of-area offer without the distance', [], offer(2, { outOfArea: true }), 'field_required'],
    ['an offer with no ward', [], offer(2, { ward: ' ' }), 'field_required'],
    ['a negative distance', [], offer(2, { distanceMiles: -4 }), 'invalid_distance'],
    ['a decline with no reason', [offer(2)], { type: 'decline_offer', at: t(3), reason: '' }, 'field_required'],
    ['a withdrawal with no reason', [], { type: 'withdraw', at: t(3), reason: '' }, 'field_required'],
    ['a command dated before the last change', [offer(5)], { type: 'accept_offer', at: t(4), by: 'a' }, 'out_of_order'],
  ])('refuses %s', (_label, before, command, refusal) => {
    expect(decideBedRequest(run(...before), command)).toEqual(expect.objectContaining({ ok: false, refusal }));
  });

  it('refuses a need dated after the request', () => {
    expect(() => openBedRequest({ neededAt: t(2), requestedAt: t(1), legalBasis: 's3' })).toThrow(RangeError);
  });

  it('lists what can be done now', () => {
    expect(allowedBedRequestCommands(open())).toEqual(['start_search', 'offer', 'withdraw']);
    expect(allowedBedRequestCommands(run(offer(2)))).toEqual(['accept_offer', 'decline_offer', 'retract_offer', 'withdraw']);
    expect(allowedBedRequestCommands(run(offer(2), { type: 'accept_offer', at: t(3), by: 'a' }))).toEqual(['retract_offer', 'admit', 'withdraw']);
    expect(allowedBedRequestCommands(run({ type: 'withdraw', at: t(2), reason: 'x' }))).toEqual([]);
  });
});
