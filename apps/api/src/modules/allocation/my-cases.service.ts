import type { CaseReaderBoardRow, MyCasesView, Role } from '@amhp/contracts';
import { Injectable } from '@nestjs/common';
import { BoardRowsService } from '../referrals/board/board-rows.service';
import { ReferralsService } from '../referrals/referrals.service';
import { RotaQueryService } from '../rota/rota-query.service';

/** "My cases": the open cases allocated to the AMHP the signed-in account belongs to, in the board's order. */
@Injectable()
export class MyCasesService {
  constructor(
    private readonly rota: RotaQueryService,
    private readonly referrals: ReferralsService,
    private readonly boardRows: BoardRowsService,
  ) {}

  /** The user's cases as case readers' board rows (the route is for case readers only); the read is audited. */
  async of(user: { id: string; roles: readonly Role[] }): Promise<MyCasesView> {
    const amhp = await this.rota.amhpOfUser(user.id);
    if (!amhp) return { amhp: null, cases: [] };
    // The board's list already carries the allocated AMHP and the board's order.
    const cases = (await this.referrals.listOpen()).filter((r) => r.allocatedAmhp?.id === amhp.id);
    const rows = (await this.boardRows.rowsRead('referral.list-mine', cases, user.roles)) as CaseReaderBoardRow[];
    return { amhp: { id: amhp.id, name: amhp.name }, cases: rows };
  }
}
