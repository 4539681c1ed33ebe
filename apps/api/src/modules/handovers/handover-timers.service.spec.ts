import { londonInstant, teamConfig } from '@amhp/domain';
import type { DataSource } from 'typeorm';
import type { QueueService } from '../../infra/queue/queue.service';
import type { RotaQueryService } from '../rota/rota-query.service';
import type { HandoverCreator } from './handover-creator.service';
import { HandoverTimers } from './handover-timers.service';

const north = teamConfig({ teamId: 'north', edtTeamId: 'edt' });
const five = londonInstant('2026-01-19', '17:00');

function timers() {
  const create = jest.fn(async (_config: unknown, boundary: { at: Date }) => ({ id: 'h1', ackDueAt: new Date(boundary.at.getTime() + 30 * 60_000) }));
  const enqueue = jest.fn(async (_name: string, _payload: unknown, _options?: unknown) => ({}));
  const service = new HandoverTimers({} as DataSource, {} as RotaQueryService, { create } as unknown as HandoverCreator, { enqueue } as unknown as QueueService);
  return { service, create, enqueue };
}

describe('a boundary job as it runs (HandoverTimers.onBoundary)', () => {
  it('at the boundary: the handover, its acknowledgement timer, and the next boundary (09:00 tomorrow)', async () => {
    const { service, create, enqueue } = timers();
    await service.onBoundary(north, five, new Date(five.getTime() + 40));
    expect(create).toHaveBeenCalledWith(north, expect.objectContaining({ at: five, fromTeam: 'north', toTeam: 'edt' }), expect.any(Date));
    expect(enqueue.mock.calls.map((c) => [c[0], c[1]])).toEqual([
      ['handover.overdue', { handoverId: 'h1' }],
      ['handover.boundary', { dayTeamId: 'north', boundaryAt: '2026-01-20T09:00:00.000Z' }],
    ]);
  });

  it('a moment early (Redis’s clock a little ahead): still this boundary’s handover', async () => {
    const { service, create } = timers();
    await service.onBoundary(north, five, new Date(five.getTime() - 500));
    expect(create).toHaveBeenCalledWith(north, expect.objectContaining({ at: five }), expect.any(Date));
  });

  it('late, behind a later boundary (the worker was down overnight): no handover for it; the next one is scheduled from now', async () => {
    const { service, create, enqueue } = timers();
    await service.onBoundary(north, five, londonInstant('2026-01-20', '10:00'));
    expect(create).not.toHaveBeenCalled();
    expect(enqueue.mock.calls.map((c) => c[1])).toEqual([{ dayTeamId: 'north', boundaryAt: '2026-01-20T17:00:00.000Z' }]);
  });

  it('not a boundary under the team’s hours now (they changed): no handover', async () => {
    const { service, create } = timers();
    await service.onBoundary(teamConfig({ teamId: 'north', edtTeamId: 'edt', dayDutyEnds: '16:30' }), five, new Date(five.getTime() + 40));
    expect(create).not.toHaveBeenCalled();
  });
});
