import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RealtimePublisher } from '../../../infra/realtime/realtime-publisher.service';
import { AuditEntry, AuditService } from '../../audit/audit.service';
import { bumpRotaRevision } from './rota-revision';

export interface RotaChangeOutcome<T> {
  result: T;
  /** What the audit trail records, in the same transaction. */
  audit: AuditEntry | AuditEntry[];
  /** The teams whose rota may have changed, for the 'rota.changed' event. */
  teamIds: string[];
}

/**
 * Every rota change goes through here: one transaction that first bumps the rota revision
 * (its row lock serialises rota changes, so checks inside `work` read committed state), then
 * makes the change and writes its audit entries; after commit, 'rota.changed' tells every
 * board. Nothing is saved half-way.
 */
@Injectable()
export class RotaChanges {
  private readonly logger = new Logger(RotaChanges.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly publisher: RealtimePublisher,
  ) {}

  async apply<T>(action: string, work: (manager: EntityManager, revision: number) => Promise<RotaChangeOutcome<T>>): Promise<T> {
    const { outcome, revision } = await this.dataSource.transaction(async (manager) => {
      const revision = await bumpRotaRevision(manager);
      const outcome = await work(manager, revision);
      for (const entry of Array.isArray(outcome.audit) ? outcome.audit : [outcome.audit]) await this.audit.record(manager, entry);
      return { outcome, revision };
    });
    const teamIds = [...new Set(outcome.teamIds)].sort();
    this.logger.log({ msg: 'rota changed', action, revision, teamIds });
    await this.publisher.publish('rota.changed', { teamIds });
    return outcome.result;
  }
}
