import type { CreateHandoverNote, HandoverNoteView } from '@amhp/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationException } from '../../infra/http/validation.exception';
import { AuditService } from '../audit/audit.service';
import { ReferralEntity } from '../referrals/referral.entity';
import { HandoverNoteEntity } from './handover-note.entity';

/**
 * Notes on a case for the next handover: kept, and carried by the team's next handover (the
 * notes written since its previous one). Written and audited in one transaction.
 */
@Injectable()
export class HandoverNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(body: CreateHandoverNote, author: { id: string; displayName: string }, now = new Date()): Promise<HandoverNoteView> {
    const note = await this.dataSource.transaction(async (manager) => {
      // Shared lock: the referral cannot close while its note is being written.
      const referral = await manager.findOne(ReferralEntity, { where: { id: body.referralId }, select: { id: true, status: true }, lock: { mode: 'pessimistic_read' } });
      if (!referral) throw new ValidationException([{ field: 'referralId', message: 'No referral with this id' }]);
      if (referral.status !== 'open') throw new ValidationException([{ field: 'referralId', message: 'This referral is closed: handover notes are for open cases' }]);
      const row = manager.create(HandoverNoteEntity, { id: randomUUID(), referralId: referral.id, authorUserId: author.id, authorName: author.displayName, text: body.text, writtenAt: now });
      await manager.insert(HandoverNoteEntity, row);
      await this.audit.record(manager, { action: 'handover-note.create', entityType: 'handover_note', entityId: row.id, after: row, subjectReferralId: referral.id });
      return row;
    });
    return { id: note.id, authorName: note.authorName, text: note.text, writtenAt: note.writtenAt.toISOString() };
  }
}
