import type { MyCasesView } from '@amhp/contracts';
import { Injectable } from '@nestjs/common';
import { ReferralsService } from '../referrals/referrals.service';
import { RotaQueryService } from '../rota/rota-query.service';

/** "My cases": the open cases allocated to the AMHP the signed-in account belongs to, in the board's order. */
@Injectable()
export class MyCasesService {
  constructor(
    private readonly rota: RotaQueryService,
    private readonly referrals: ReferralsService,
  ) {}

  async of(userId: string): Promise<MyCasesView> {
    const amhp = await this.rota.amhpOfUser(userId);
    if (!amhp) return { amhp: null, cases: [] };
    // The board's list already carries the allocated AMHP and the board's order.
    const cases = (await this.referrals.listOpen()).filter((r) => r.allocatedAmhp?.id === amhp.id);
    return { amhp: { id: amhp.id, name: amhp.name }, cases };
  }
}
