import fc from 'fast-check';
import {
  allowedBedRequestCommands,
  BED_REQUEST_COMMAND_STATES,
  BED_REQUEST_FINAL_STATES,
  BedRequest,
  BedRequestCommand,
  BedRequestCommandType,
  decideBedRequest,
  openBedRequest,
} from './bed-request';

const START = Date.UTC(2026, 2, 28, 20); // around the spring change
const ALL = Object.keys(BED_REQUEST_COMMAND_STATES) as BedRequestCommandType[];

/**
 * A step: usually one of the commands the request accepts now, sometimes any command; dated a
 * little after the last change (sometimes before it); with a blank field one time in six.
 */
const step = fc.record({ anyCommand: fc.nat(9), pick: fc.nat(), minutes: fc.integer({ min: -10, max: 240 }), blank: fc.nat(5), outOfArea: fc.boolean(), distance: fc.constantFrom(null, 12, 140, -1) });
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function commandFor(request: BedRequest, s: Step): BedRequestCommand {
  const allowed = allowedBedRequestCommands(request);
  const choices = s.anyCommand === 0 || allowed.length === 0 ? ALL : allowed;
  const type = choices[s.pick % choices.length];
  const at = new Date(request.lastChangedAt.getTime() + s.minutes * 60_000);
  const text = (value: string) => (s.blank === 0 ? ' ' : value);
  switch (type) {
    case 'start_search':
    case 'admit':
      return { type, at };
    case 'offer':
      return { type, at, hospital: text('Example Hospital'), ward: 'Birch', outOfArea: s.outOfArea, distanceMiles: s.distance };
    case 'accept_offer':
      return { type, at, by: text('amhp-1') };
    case 'decline_offer':
    case 'retract_offer':
    case 'withdraw':
      return { type, at, reason: text('A reason') };
  }
}

function check(request: BedRequest, neededAt: Date): void {
  expect(request.neededAt).toBe(neededAt);
  const live = request.offers.filter((o) => o.outcome === 'open' || o.outcome === 'accepted');
  expect(live.length).toBeLessThanOrEqual(1);
  if (request.state === 'offered') expect(request.offers[request.offers.length - 1].outcome).toBe('open');
  if (request.state === 'accepted') expect(request.offers[request.offers.length - 1].outcome).toBe('accepted');
  if (['requested', 'searching', 'withdrawn'].includes(request.state)) expect(live).toHaveLength(0);
  if (request.state === 'admitted') {
    // No admission without an offer accepted by the AMHP, and not before it was accepted.
    const accepted = request.offers[request.offers.length - 1];
    expect(accepted.outcome).toBe('accepted');
    expect(request.admittedAt!.getTime()).toBeGreaterThanOrEqual(accepted.acceptedAt!.getTime());
  }
  for (const o of request.offers) if (o.outOfAreaPlacement) expect(o.distanceMiles).not.toBeNull();
}

/** Steps that take a request the whole way (search, offer, acceptance, admission), run before the random ones. */
function wholeWay(): Step[] {
  const steps: Step[] = [];
  let request = openBedRequest({ neededAt: new Date(START - 3_600_000), requestedAt: new Date(START), legalBasis: 's2' });
  for (const type of ['start_search', 'offer', 'accept_offer', 'admit'] as const) {
    const s: Step = { anyCommand: 1, pick: allowedBedRequestCommands(request).indexOf(type), minutes: 30, blank: 1, outOfArea: false, distance: 12 };
    const d = decideBedRequest(request, commandFor(request, s));
    if (!d.ok) throw new Error(`the whole-way example stopped at ${type}`);
    request = d.request;
    steps.push(s);
  }
  return steps;
}

describe('bed request properties (random command sequences)', () => {
  it('no admission without an accepted offer; nothing after a final state; one live offer at most; time only moves on', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const neededAt = new Date(START - 3_600_000);
        let request = openBedRequest({ neededAt, requestedAt: new Date(START), legalBasis: 's2' });
        for (const s of steps) {
          const wasFinal = BED_REQUEST_FINAL_STATES.includes(request.state);
          const d = decideBedRequest(request, commandFor(request, s));
          if (wasFinal) expect(d.ok).toBe(false);
          if (!d.ok) continue;
          expect(d.request.lastChangedAt.getTime()).toBeGreaterThanOrEqual(request.lastChangedAt.getTime());
          request = d.request;
          reached.add(request.state);
          check(request, neededAt);
        }
      }),
      // The whole way is always among the runs; random sequences rarely reach an admission.
      { numRuns: 300, examples: [[wholeWay()]] },
    );
    // The runs went deep enough to test something: every state was reached.
    expect([...reached].sort()).toEqual(['accepted', 'admitted', 'offered', 'searching', 'withdrawn']);
  });
});
