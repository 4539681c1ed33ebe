import { BOARD_ROW_DETAILS, boardRowBaseOf, boardRowDetailsFor, boardRowDetailsOf, projectBoardRow } from '@amhp/contracts';
import type { BoardRow, BoardRowBase, BoardRowDetail, BoardRowDetails, ReferralView, Role } from '@amhp/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { safeError } from '../../../infra/logging/app-logger';
import { AuditService } from '../../audit/audit.service';
import { ReferralEntity } from '../referral.entity';
import { ReferralsService } from '../referrals.service';

/** The audit entry of a list read: who (the actor) read which referrals, with which of the person's details. */
export interface ListReadAudit {
  referralIds: string[];
  details: BoardRowDetail[];
}

/**
 * Board rows per audience. A case reader's row names the person (so that the people who may
 * open the case can tell the rows apart); read_only's carries none of the person's details
 * unless the service configures some (READ_ONLY_BOARD_DETAILS). Listing rows is a read of
 * those records: audited, one entry per list naming every referral listed.
 */
@Injectable()
export class BoardRowsService {
  private readonly logger = new Logger(BoardRowsService.name);

  constructor(
    @InjectRepository(ReferralEntity) private readonly referrals: Repository<ReferralEntity>,
    private readonly referralsService: ReferralsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** The details a user with these roles sees on the board. */
  detailsFor(roles: readonly Role[]): readonly BoardRowDetail[] {
    return boardRowDetailsFor(roles, this.config.readOnlyBoardDetails);
  }

  /** GET /api/referrals: every open referral as this user's board row, in the board's order; audited. */
  async board(roles: readonly Role[], now = new Date()): Promise<BoardRow[]> {
    return this.rowsRead('referral.list', await this.referralsService.listOpen(), roles, now);
  }

  /**
   * Referrals (already in the board's order) as board rows for these roles. The read is audited
   * as `action`, in one entry naming every referral listed, so that a search by person finds it.
   */
  async rowsRead(action: string, views: readonly ReferralView[], roles: readonly Role[], now = new Date()): Promise<BoardRow[]> {
    const details = this.detailsFor(roles);
    const rows = views.map((view) => projectBoardRow(boardRowBaseOf(view), boardRowDetailsOf(view.person, view.currentLocation, view.source.kind, now), details));
    const after: ListReadAudit = { referralIds: rows.map((r) => r.id), details: [...details] };
    await this.audit.recordNow({ action, entityType: 'referral', entityId: null, after });
    return rows;
  }

  /** The person's details of one referral (null if there is no such referral), read from PostgreSQL. */
  async detailsOf(referralId: string, now = new Date()): Promise<BoardRowDetails | null> {
    const referral = await this.referrals.findOne({
      where: { id: referralId },
      select: { id: true, givenName: true, familyName: true, dateOfBirth: true, currentLocation: true, sourceKind: true },
    });
    return referral ? boardRowDetailsOf(referral, referral.currentLocation, referral.sourceKind, now) : null;
  }

  /**
   * A published row (no details) as each audience receives it: one query for the person's
   * details, however many sockets are listening. Without them (PostgreSQL away, or the referral
   * gone) every audience gets the row without details, and the board keeps the ones it had.
   */
  async audienceRows(base: BoardRowBase): Promise<{ caseReaders: BoardRow; readOnly: BoardRow }> {
    const details = await this.detailsOf(base.id).catch((error: unknown) => {
      this.logger.warn({ msg: 'board row pushed without the person’s details', referralId: base.id, error: safeError(error) });
      return null;
    });
    return {
      caseReaders: projectBoardRow(base, details, BOARD_ROW_DETAILS),
      readOnly: projectBoardRow(base, details, this.config.readOnlyBoardDetails),
    };
  }
}
