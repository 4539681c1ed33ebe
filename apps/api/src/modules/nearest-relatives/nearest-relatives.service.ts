import type { RecordNearestRelativeContact, RecordRelatives } from '@amhp/contracts';
import { checkRelativeFacts, identifyNearestRelative, londonDateOf, NearestRelativeFinding, Relative } from '@amhp/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { ValidationException } from '../../infra/http/validation.exception';
import { assertOpen } from '../assessments/store/assert-open';
import { AssessmentStore } from '../assessments/store/assessment-store.service';
import { currentActorId } from '../assessments/store/current-actor';
import { NearestRelativeRecordEntity } from './nearest-relative-record.entity';
import { RelativeEntity } from './relative.entity';

export interface NearestRelativeRecords {
  record: NearestRelativeRecordEntity | null;
  relatives: RelativeEntity[];
}

/**
 * The nearest relative on an assessment: the relatives listed, who s26 makes the nearest
 * relative and why (libs/domain identifyNearestRelative, found on the day it is recorded), and
 * what the AMHP has done under s11(3) and s11(4).
 */
@Injectable()
export class NearestRelativesService {
  constructor(
    @InjectRepository(NearestRelativeRecordEntity) private readonly records: Repository<NearestRelativeRecordEntity>,
    @InjectRepository(RelativeEntity) private readonly relatives: Repository<RelativeEntity>,
    private readonly store: AssessmentStore,
  ) {}

  async of(assessmentId: string): Promise<NearestRelativeRecords> {
    const [record, relatives] = await Promise.all([
      this.records.findOneBy({ assessmentId }),
      this.relatives.find({ where: { assessmentId }, order: { position: 'ASC' } }),
    ]);
    return { record, relatives };
  }

  /** Replaces the list of relatives and identifies the nearest relative under s26. */
  async recordRelatives(assessmentId: string, body: RecordRelatives, now = new Date()): Promise<void> {
    const rows: RelativeEntity[] = body.relatives.map((r, position) =>
      this.relatives.create({
        id: randomUUID(),
        assessmentId,
        position,
        name: r.name,
        relationship: r.relationship,
        dateOfBirth: r.dateOfBirth ?? null,
        halfBlood: r.halfBlood ?? false,
        livesWithOrCaresForPatient: r.livesWithOrCaresForPatient,
        ordinarilyResidentInUk: r.ordinarilyResidentInUk,
        permanentlySeparatedOrDeserted: r.permanentlySeparatedOrDeserted ?? false,
        livingWithPatientSince: r.livingWithPatientSince ?? null,
        livingWithPatientUntil: r.livingWithPatientUntil ?? null,
        throughFatherWithoutParentalResponsibility: r.throughFatherWithoutParentalResponsibility ?? false,
        excludedReason: r.excludedReason,
        contact: r.contact,
      }),
    );
    const finding = identifyNearestRelative(
      rows.map((r): Relative => ({ ...r, halfBlood: r.halfBlood })),
      { ordinarilyResidentInUk: body.patientOrdinarilyResidentInUk, on: now },
    );
    const chosen = chosenWhenUndetermined(finding, rows, body.appearingNearestRelative);
    const identification = {
      patientOrdinarilyResidentInUk: body.patientOrdinarilyResidentInUk,
      identification: finding.outcome,
      nearestRelativeId: finding.outcome === 'identified' ? finding.nearestRelative.id : (chosen?.id ?? null),
      identificationReason: chosen ? `${finding.reason} The AMHP chose who appears to be the nearest relative: ${chosen.reason}` : finding.reason,
      identificationNotes: finding.notes,
      passedOver: finding.passedOver,
      chosenByAmhp: chosen !== null,
      identifiedAt: now,
    };
    const by = currentActorId();
    const plan = {
      events: [
        {
          type: 'relatives_recorded' as const,
          at: now,
          by,
          // Relationships and the s26 finding only: no names on the timeline.
          data: { relatives: rows.map((r) => ({ id: r.id, relationship: r.relationship })), outcome: finding.outcome, nearestRelativeId: identification.nearestRelativeId, reason: identification.identificationReason },
        },
      ],
      write: async (manager: EntityManager) => {
        await manager.delete(RelativeEntity, { assessmentId });
        if (rows.length) await manager.insert(RelativeEntity, rows);
        await this.upsertRecord(manager, assessmentId, { ...identification, updatedAt: now });
      },
    };
    await this.store.change(
      assessmentId,
      body.version,
      (loaded) => {
        assertOpen(loaded);
        // Facts that cannot be true (born in the future, a parent younger than the person) are refused, not identified from.
        const issues = checkRelativeFacts(rows, { dateOfBirth: loaded.referral.dateOfBirth }, londonDateOf(now));
        if (issues.length > 0) throw new ValidationException(issues.map((i) => ({ field: `relatives.${i.index}.${i.field}`, message: i.message })));
        return plan;
      },
      now,
    );
  }

  /** What the AMHP has done: informed (s11(3)), consulted (s11(4)), an objection, displacement (s29), or why not practicable. */
  async recordContact(assessmentId: string, body: RecordNearestRelativeContact, now = new Date()): Promise<void> {
    const contact = {
      notKnownReason: body.notKnownReason,
      informedAt: body.informedAt ? new Date(body.informedAt) : null,
      toBeInformedAfterApplication: body.toBeInformedAfterApplication ?? false,
      consultedAt: body.consultedAt ? new Date(body.consultedAt) : null,
      objects: body.objects ?? false,
      notReasonablyPracticableReason: body.notReasonablyPracticableReason,
      displacedByCountyCourt: body.displacedByCountyCourt ?? false,
    };
    const by = currentActorId();
    await this.store.recordOnOpenCase(assessmentId, body.version, {
      events: [{ type: 'nearest_relative_contact_recorded', at: now, by, data: contact }],
      write: (manager) => this.upsertRecord(manager, assessmentId, { ...contact, updatedAt: now }),
    }, now);
  }

  private async upsertRecord(manager: EntityManager, assessmentId: string, values: Partial<NearestRelativeRecordEntity>): Promise<void> {
    const existing = await manager.findOneBy(NearestRelativeRecordEntity, { assessmentId });
    if (existing) await manager.update(NearestRelativeRecordEntity, { assessmentId }, values);
    else await manager.insert(NearestRelativeRecordEntity, { ...values, assessmentId });
  }
}

/**
 * The law takes "the person appearing to be" the nearest relative: where the records cannot
 * separate candidates (twins, unknown ages), the AMHP names one of them, with the reason.
 */
function chosenWhenUndetermined(
  finding: NearestRelativeFinding,
  rows: readonly RelativeEntity[],
  choice: RecordRelatives['appearingNearestRelative'],
): { id: string; reason: string } | null {
  if (finding.outcome !== 'undetermined' || !choice) return null;
  const relative = rows[choice.index];
  if (!relative || !finding.candidates.some((c) => c.id === relative.id)) {
    throw new ValidationException([
      { field: 'appearingNearestRelative.index', message: 'Choose one of the relatives the records cannot separate (s26(3))' },
    ]);
  }
  return { id: relative.id, reason: choice.reason };
}
