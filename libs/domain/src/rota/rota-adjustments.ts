import { ShiftKind } from './duty-calendar';
import { londonDateOf } from '../time';
import { Shift, compareShifts } from './shift';

/**
 * One-off changes to the expanded pattern, applied in the order given (the order they were
 * made): replace the AMHP of a shift (null leaves it vacant), cancel a shift, add a shift,
 * or swap two AMHPs' shifts. They name pattern shift ids, which are stable, so a change
 * survives re-expanding the rota.
 */
export type RotaAdjustment =
  | { type: 'replace'; id: string; shiftId: string; amhpId: string | null }
  | { type: 'cancel'; id: string; shiftId: string }
  | { type: 'add'; id: string; team: string; kind: ShiftKind; startsAt: Date; endsAt: Date; amhpId: string | null }
  | { type: 'swap'; id: string; first: SwapSide; second: SwapSide };

/** The AMHP who holds the shift before the swap; after it, they hold the other side's shift. */
export interface SwapSide {
  shiftId: string;
  amhpId: string;
}

export type RotaProblemCode = 'swap-stale' | 'add-invalid' | 'not-approved' | 'double-booked';

/** Something the rota manager must look at. Messages carry ids only, never names. */
export interface RotaProblem {
  code: RotaProblemCode;
  message: string;
  adjustmentId?: string;
  shiftId?: string;
  amhpId?: string;
}

/** The shift with another AMHP (or none): any record of a vacancy no longer applies. */
function withAmhp(shift: Shift, amhpId: string | null): Shift {
  const { vacated: _vacated, ...rest } = shift;
  return { ...rest, amhpId };
}

export function addedShiftId(adjustmentId: string): string {
  return `added:${adjustmentId}`;
}

/**
 * Applies the adjustments. A change to a shift outside the expanded dates is ignored (it is
 * applied when those dates are expanded). A swap whose AMHPs no longer hold the shifts it
 * names (the pattern changed since) is not applied and reported: applying it would hand a
 * shift to the wrong person. Each side of a swap is checked when its shift is in view.
 */
export function applyAdjustments(shifts: readonly Shift[], adjustments: readonly RotaAdjustment[]): { shifts: Shift[]; problems: RotaProblem[] } {
  const byId = new Map(shifts.map((s) => [s.id, s]));
  const problems: RotaProblem[] = [];
  for (const adj of adjustments) {
    switch (adj.type) {
      case 'replace': {
        const shift = byId.get(adj.shiftId);
        if (shift) byId.set(shift.id, withAmhp(shift, adj.amhpId));
        break;
      }
      case 'cancel':
        byId.delete(adj.shiftId);
        break;
      case 'add': {
        if (adj.endsAt.getTime() <= adj.startsAt.getTime()) {
          problems.push({ code: 'add-invalid', adjustmentId: adj.id, message: `Added shift ${adj.id} ends before it starts` });
          break;
        }
        const id = addedShiftId(adj.id);
        const { team, kind, startsAt, endsAt, amhpId } = adj;
        byId.set(id, { id, team, kind, slot: 'added', date: londonDateOf(startsAt), startsAt, endsAt, amhpId });
        break;
      }
      case 'swap': {
        const sides = [
          { side: adj.first, gets: adj.second.amhpId },
          { side: adj.second, gets: adj.first.amhpId },
        ].map((s) => ({ ...s, shift: byId.get(s.side.shiftId) }));
        const stale = sides.filter((s) => s.shift && s.shift.amhpId !== s.side.amhpId);
        if (stale.length > 0) {
          for (const s of stale) {
            problems.push({
              code: 'swap-stale',
              adjustmentId: adj.id,
              shiftId: s.side.shiftId,
              amhpId: s.side.amhpId,
              message: `Swap ${adj.id} not applied: shift ${s.side.shiftId} is no longer held by ${s.side.amhpId}`,
            });
          }
          break;
        }
        for (const s of sides) if (s.shift) byId.set(s.shift.id, withAmhp(s.shift, s.gets));
        break;
      }
    }
  }
  return { shifts: [...byId.values()].sort(compareShifts), problems };
}
