import { boardRow as referral } from '../../test/referral-fixtures';
import { applyBoardEvent, sortForBoard } from './board-order';

const refs = (list: { reference: string }[]) => list.map((r) => r.reference);

describe('board order: legal deadline, then urgency, then longest waiting', () => {
  const s5_2 = referral({ reference: 'S5-2', urgency: 'emergency', clock: { power: 's5_2', startedAt: '2026-11-24T10:00:00Z' } }); // ends 27 Nov 10:00
  const s136 = referral({ reference: 'S136', urgency: 'routine', clock: { power: 's136', startedAt: '2026-11-25T06:00:00Z' } }); // ends 26 Nov 06:00
  const s5_4 = referral({ reference: 'S5-4', urgency: 'routine', clock: { power: 's5_4', startedAt: '2026-11-25T09:00:00Z' } }); // ends 25 Nov 15:00
  const emergencyNew = referral({ reference: 'EMERG-NEW', urgency: 'emergency', receivedAt: '2026-11-25T11:00:00Z' });
  const emergencyOld = referral({ reference: 'EMERG-OLD', urgency: 'emergency', receivedAt: '2026-11-25T08:00:00Z' });
  const routine = referral({ reference: 'ROUTINE', urgency: 'routine', receivedAt: '2026-11-20T08:00:00Z' });
  const urgent = referral({ reference: 'URGENT', urgency: 'urgent', receivedAt: '2026-11-25T10:00:00Z' });

  it('puts the earliest legal deadline first, whatever the urgency, then the rest by urgency and age', () => {
    const board = sortForBoard([routine, emergencyNew, s5_2, urgent, s136, emergencyOld, s5_4]);
    expect(refs(board)).toEqual(['S5-4', 'S136', 'S5-2', 'EMERG-OLD', 'EMERG-NEW', 'URGENT', 'ROUTINE']);
  });

  it('inserts a live s136 referral above everything with a later deadline', () => {
    const board = sortForBoard([s5_2, emergencyOld, routine]);
    const incoming = referral({ reference: 'NEW-S136', clock: { power: 's136', startedAt: '2026-11-25T12:00:00Z' } });
    expect(refs(applyBoardEvent(board, { type: 'upserted', row: incoming }))).toEqual(['NEW-S136', 'S5-2', 'EMERG-OLD', 'ROUTINE']);
  });

  it('moves an updated referral to its new place without duplicating it', () => {
    const board = sortForBoard([emergencyOld, urgent, routine]);
    const escalated = { ...routine, urgency: 'emergency' as const, version: 2 };
    const next = applyBoardEvent(board, { type: 'upserted', row: escalated });
    // Received 20 Nov, it has waited longest of the emergencies.
    expect(refs(next)).toEqual(['ROUTINE', 'EMERG-OLD', 'URGENT']);
    expect(next.find((r) => r.id === routine.id)?.version).toBe(2);
  });

  it('ignores an event older than the copy it holds (replayed after a fresh snapshot)', () => {
    const current = { ...urgent, version: 3, currentLocation: 'A&E' };
    const stale = { ...urgent, version: 2, currentLocation: 'Home', urgency: 'emergency' as const };
    const board = sortForBoard([routine, current]);
    const next = applyBoardEvent(board, { type: 'upserted', row: stale });
    expect(next).toBe(board);
    expect(next.find((r) => r.id === urgent.id)?.currentLocation).toBe('A&E');
  });

  it('removes a referral on referral.closed', () => {
    const board = sortForBoard([emergencyOld, urgent, routine]);
    expect(refs(applyBoardEvent(board, { type: 'closed', id: urgent.id }))).toEqual(['EMERG-OLD', 'ROUTINE']);
  });

  it('orders two pushes of one row by the assessment’s version when the referral’s is the same', () => {
    const current = { ...urgent, assessmentId: 'as-1', assessmentVersion: 4, stage: 'amhp_allocated' as const };
    const board = sortForBoard([current]);
    expect(applyBoardEvent(board, { type: 'upserted', row: { ...current, assessmentVersion: 3, stage: 'screened' } })).toBe(board);
    const next = applyBoardEvent(board, { type: 'upserted', row: { ...current, assessmentVersion: 5, stage: 'assessment_arranged' } });
    expect(next[0].stage).toBe('assessment_arranged');
  });

  it('keeps the person’s details it had when a pushed row comes without them (the server could not read them)', () => {
    const board = sortForBoard([urgent]);
    const { name, age, currentLocation, source, ...bare } = { ...urgent, assessmentVersion: 2 };
    const next = applyBoardEvent(board, { type: 'upserted', row: bare });
    expect(next[0]).toMatchObject({ name, age, currentLocation, source, assessmentVersion: 2 });
  });
});
