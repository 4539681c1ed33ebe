import type { CloseReferral, ReferralView } from '@amhp/contracts';
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReferralsService } from '../../referrals/referrals.service';
import { AssessmentEntity } from '../assessment.entity';
import { AssessmentCommandsService } from '../commands/assessment-commands.service';

/**
 * Closing a referral closes its case: a referral whose assessment is still open is closed by
 * withdrawing the assessment (the withdraw command, which ends its clocks and closes the
 * referral in one transaction), so no assessment is left open behind a closed referral. A
 * referral without an open assessment is closed directly. Both keep the referral's version check.
 */
@Injectable()
export class ReferralClosureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralsService,
    private readonly commands: AssessmentCommandsService,
  ) {}

  async close(id: string, body: CloseReferral, now = new Date()): Promise<ReferralView> {
    const assessment = await this.dataSource.manager.findOne(AssessmentEntity, { where: { referralId: id }, select: { id: true, version: true, stage: true } });
    if (!assessment || assessment.stage === 'closed') return this.referrals.close(id, body, now);
    const referral = await this.referrals.get(id);
    if (referral.status === 'closed') throw new ConflictException(`Referral ${referral.reference} is already closed`);
    if (referral.version !== body.version) {
      throw new ConflictException(
        `Referral ${referral.reference} was changed by someone else (you had version ${body.version}, it is now ${referral.version}): reload it and try again`,
      );
    }
    // The assessment's own version is checked by the store: a change since it was read here is a 409.
    await this.commands.execute(assessment.id, { type: 'withdraw', body: { version: assessment.version, reason: body.reason } }, now);
    return this.referrals.get(id);
  }
}
