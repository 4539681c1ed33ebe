import type { HandoverCaseView, HandoverNoteView, TeamView } from '@amhp/contracts';
import { ASSESSMENT_STAGES, newAssessment, replay } from '@amhp/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AssessmentEventEntity } from '../../assessments/assessment-event.entity';
import { lifecycleEvents } from '../../assessments/store/event-codec';
import { ClockService } from '../../clocks/clock.service';
import { awaitingOf, CaseRecords, outstandingActionsOf } from './case-status';
import { caseScopeOf } from './case-scope';

interface OpenCaseRow {
  referral_id: string;
  reference: string;
  given_name: string;
  family_name: string;
  received_at: Date;
  assessment_id: string | null;
  nearest_relative_request: boolean | null;
}

interface NearestRelativeRow {
  assessment_id: string;
  identification: NonNullable<CaseRecords['nearestRelative']>['identification'];
  informed_at: Date | null;
  consulted_at: Date | null;
  to_be_informed_after_application: boolean;
}

/** The notes that a handover carries: written on its cases in [from, to). */
export interface NotesWindow {
  from: Date;
  to: Date;
}

const byId = <T, K extends keyof T>(rows: readonly T[], key: K) => {
  const map = new Map<T[K], T[]>();
  for (const row of rows) map.set(row[key], [...(map.get(row[key]) ?? []), row]);
  return map;
};

/**
 * Every open case of a day team's area as it stands (issue 5, item 5): stage, running legal
 * clocks, what it is waiting for, the next steps its stage allows, and the notes written on it
 * for the handover. Read in one REPEATABLE READ transaction, so the cases agree with each other;
 * the most pressing case (the running clock that expires first) comes first.
 */
@Injectable()
export class HandoverSnapshotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clocks: ClockService,
  ) {}

  async casesOf(dayTeamId: string, teams: readonly TeamView[], notes: NotesWindow, now = new Date()): Promise<HandoverCaseView[]> {
    const scope = caseScopeOf(dayTeamId, teams);
    const read = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const cases = (await manager.query(
        `SELECT r.id AS referral_id, r.reference, r.given_name, r.family_name, r.received_at, a.id AS assessment_id, a.nearest_relative_request
           FROM referrals r LEFT JOIN assessments a ON a.referral_id = r.id
          WHERE r.status = 'open' AND (a.id IS NULL OR a.stage <> 'closed')
            AND (r.team_id = ANY($1::varchar[]) OR ($2::boolean AND r.team_id IS NULL))
          ORDER BY r.received_at, r.id`,
        [scope.teamIds, scope.includeUnassigned],
      )) as OpenCaseRow[];
      return { cases, ...(await this.recordsOf(manager, cases, notes)) };
    });
    const assessmentIds = read.cases.flatMap((c) => (c.assessment_id ? [c.assessment_id] : []));
    const clocks = await this.clocks.clocksOf(assessmentIds, now);
    const views = read.cases.map((row): HandoverCaseView => {
      const events = row.assessment_id ? lifecycleEvents(read.events.get(row.assessment_id) ?? []) : [];
      const state = replay(newAssessment({ receivedAt: row.received_at, nearestRelativeRequest: row.nearest_relative_request ?? false }), events);
      const nr = row.assessment_id ? read.nearestRelatives.get(row.assessment_id)?.[0] : undefined;
      const records: CaseRecords = {
        examinations: row.assessment_id ? (read.examinations.get(row.assessment_id) ?? []).map((e) => ({ recommendationSection: e.recommendation_section })) : [],
        nearestRelative: nr
          ? { identification: nr.identification, informedAt: nr.informed_at, consultedAt: nr.consulted_at, toBeInformedAfterApplication: nr.to_be_informed_after_application }
          : null,
      };
      const amhpId = state.amhp?.amhpId ?? null;
      return {
        referralId: row.referral_id,
        assessmentId: row.assessment_id,
        reference: row.reference,
        personName: `${row.given_name} ${row.family_name}`,
        stage: state.stage,
        stageLabel: ASSESSMENT_STAGES[state.stage],
        amhp: amhpId ? { id: amhpId, name: read.amhpNames.get(amhpId) ?? 'Unknown AMHP' } : null,
        clocks: (row.assessment_id ? (clocks.get(row.assessment_id) ?? []) : []).filter((c) => c.status !== 'ended'),
        awaiting: awaitingOf(state, records),
        outstandingActions: outstandingActionsOf(state),
        notes: read.notes.get(row.referral_id) ?? [],
      };
    });
    return views.sort(mostPressingFirst);
  }

  private async recordsOf(manager: EntityManager, cases: readonly OpenCaseRow[], window: NotesWindow) {
    const assessmentIds = cases.flatMap((c) => (c.assessment_id ? [c.assessment_id] : []));
    const referralIds = cases.map((c) => c.referral_id);
    // One after another: the queries share the transaction's connection.
    const events =
      assessmentIds.length === 0
        ? []
        : await manager.find(AssessmentEventEntity, { where: { assessmentId: In(assessmentIds) }, order: { assessmentId: 'ASC', sequence: 'ASC' } });
    const examinations = (await manager.query('SELECT assessment_id, recommendation_section FROM medical_examinations WHERE assessment_id = ANY($1::uuid[])', [assessmentIds])) as {
      assessment_id: string;
      recommendation_section: CaseRecords['examinations'][number]['recommendationSection'];
    }[];
    const nearestRelatives = (await manager.query(
      `SELECT assessment_id, identification, informed_at, consulted_at, to_be_informed_after_application
         FROM nearest_relative_records WHERE assessment_id = ANY($1::uuid[])`,
      [assessmentIds],
    )) as NearestRelativeRow[];
    const notes = (await manager.query(
      `SELECT id, referral_id, author_name, text, written_at FROM handover_notes
        WHERE referral_id = ANY($1::uuid[]) AND written_at >= $2 AND written_at < $3 ORDER BY written_at, id`,
      [referralIds, window.from.toISOString(), window.to.toISOString()],
    )) as { id: string; referral_id: string; author_name: string; text: string; written_at: Date }[];
    const amhpIds = [...new Set(events.filter((e) => e.type === 'amhp_allocated').map((e) => String((e.data as { amhpId?: unknown }).amhpId)))];
    const amhps = (await manager.query('SELECT id, name FROM amhps WHERE id = ANY($1::uuid[])', [amhpIds])) as { id: string; name: string }[];
    const noteViews = new Map<string, HandoverNoteView[]>();
    for (const n of notes) {
      noteViews.set(n.referral_id, [...(noteViews.get(n.referral_id) ?? []), { id: n.id, authorName: n.author_name, text: n.text, writtenAt: n.written_at.toISOString() }]);
    }
    return {
      events: byId(events, 'assessmentId'),
      examinations: byId(examinations, 'assessment_id'),
      nearestRelatives: byId(nearestRelatives, 'assessment_id'),
      amhpNames: new Map(amhps.map((a) => [a.id, a.name])),
      notes: noteViews,
    };
  }
}

/** Cases with a running clock first, the soonest to expire first; then the rest in the order received. */
function mostPressingFirst(a: HandoverCaseView, b: HandoverCaseView): number {
  const expiry = (c: HandoverCaseView) => (c.clocks.length > 0 ? Math.min(...c.clocks.map((k) => Date.parse(k.expiresAt))) : Number.POSITIVE_INFINITY);
  const ea = expiry(a);
  const eb = expiry(b);
  return ea === eb ? 0 : ea < eb ? -1 : 1;
}
