import {
  ASSESSMENT_STAGE_CODES,
  LEGAL_SITUATION_CODES,
  londonDateOf,
  REFERRAL_SOURCE_CODES,
  SITUATIONS_WITH_CLOCK,
  URGENCY_CODES,
} from '@amhp/domain';
import { z } from 'zod';
import { clockViewSchema } from '../clocks/clock.view';
import { CASE_READERS, Role } from '../identity/roles';
import type { ReferralView } from '../referrals/referral.view';

const instant = z.iso.datetime({ offset: true });

/**
 * One row of the live board: what GET /api/referrals lists and the 'referral.upserted' push
 * carries. The same shape for every audience; what differs is which of the person's details it
 * carries (BOARD_ROW_DETAILS): the case readers' row has them all, read_only's none unless the
 * service configures otherwise. Everything else on a case is read over GET /api/referrals/:id
 * (case readers only, audited).
 */
export const boardRowBaseSchema = z.strictObject({
  /** The referral's id. */
  id: z.uuid(),
  /** Short reference read out on the phone, e.g. "R-2026-00042". */
  reference: z.string(),
  /** The referral's version; with assessmentVersion it orders two pushes of one row. */
  version: z.number().int(),
  receivedAt: instant,
  urgency: z.enum(URGENCY_CODES),
  /** The legal situation on referral (s136, s5(2), none...). */
  legalSituation: z.enum(LEGAL_SITUATION_CODES),
  /** The holding power's deadline on referral (rows recorded before assessments existed count down to it). */
  deadline: z.strictObject({ power: z.enum(SITUATIONS_WITH_CLOCK), label: z.string(), startsAt: instant, expiresAt: instant }).nullable(),
  assessmentId: z.uuid().nullable(),
  assessmentVersion: z.number().int().nullable(),
  stage: z.enum(ASSESSMENT_STAGE_CODES).nullable(),
  /** The running legal clock that expires first, or null when none runs. */
  mostUrgentClock: clockViewSchema.nullable(),
  /** The day team whose area the referral is in. */
  teamId: z.string().nullable(),
  /** The team responsible now: the day team in hours, its EDT out of hours. */
  dutyTeam: z.strictObject({ id: z.string(), name: z.string(), kind: z.enum(['day', 'edt']) }).nullable(),
  allocatedAmhp: z.strictObject({ id: z.uuid(), name: z.string() }).nullable(),
});

/** The person's details a row may carry, each only for the audiences allowed it. */
export const boardRowDetailsSchema = z.strictObject({
  name: z.strictObject({ givenName: z.string(), familyName: z.string() }),
  /** Whole years, on the London date the row was made. */
  age: z.number().int().min(0),
  /** Where the person is now (a ward, a place of safety, home). */
  currentLocation: z.string(),
  /** Who referred (police, GP, ward...). */
  source: z.enum(REFERRAL_SOURCE_CODES),
});

export const boardRowSchema = boardRowBaseSchema.extend(boardRowDetailsSchema.partial().shape);
/** The case readers' row (AMHPs, EDT workers, service leads): every detail, so the board names the person. */
export const caseReaderBoardRowSchema = boardRowBaseSchema.extend(boardRowDetailsSchema.shape);

/** A row without any of the person's details: what read_only sees by default, and all that goes through Redis. */
export type BoardRowBase = z.infer<typeof boardRowBaseSchema>;
export type BoardRowDetails = z.infer<typeof boardRowDetailsSchema>;
export type BoardRow = z.infer<typeof boardRowSchema>;
export type CaseReaderBoardRow = z.infer<typeof caseReaderBoardRowSchema>;
export type BoardRowDetail = keyof BoardRowDetails;

export const BOARD_ROW_DETAILS = Object.keys(boardRowDetailsSchema.shape) as BoardRowDetail[];
export const BOARD_ROW_BASE_FIELDS = Object.keys(boardRowBaseSchema.shape) as (keyof BoardRowBase)[];

/**
 * The details a user's board rows carry: all of them for a case reader (who may open the case
 * anyway), else those the service allows read_only (READ_ONLY_BOARD_DETAILS; none by default).
 */
export function boardRowDetailsFor(roles: readonly Role[], readOnlyDetails: readonly BoardRowDetail[]): readonly BoardRowDetail[] {
  return roles.some((role) => (CASE_READERS as readonly Role[]).includes(role)) ? BOARD_ROW_DETAILS : readOnlyDetails;
}

/** The row without the person's details. */
export function boardRowBase(row: BoardRow): BoardRowBase {
  const base = {} as Record<string, unknown>;
  for (const field of BOARD_ROW_BASE_FIELDS) base[field] = row[field];
  return base as BoardRowBase;
}

/** The row with exactly the `allowed` details (from `details`, when known). */
export function projectBoardRow(base: BoardRowBase, details: BoardRowDetails | null, allowed: readonly BoardRowDetail[]): BoardRow {
  const row: BoardRow = boardRowBase(base);
  if (!details) return row;
  for (const detail of allowed) (row as Record<string, unknown>)[detail] = details[detail];
  return row;
}

/** Whole years from a date of birth ('YYYY-MM-DD') to a London date. */
export function ageOn(dateOfBirth: string, londonDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = londonDate.split('-').map(Number);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return Math.max(0, y - by - (hadBirthday ? 0 : 1));
}

/** The person's details of a referral, as a board row carries them. */
export function boardRowDetailsOf(
  person: { givenName: string; familyName: string; dateOfBirth: string },
  currentLocation: string,
  source: BoardRowDetails['source'],
  now: Date,
): BoardRowDetails {
  return { name: { givenName: person.givenName, familyName: person.familyName }, age: ageOn(person.dateOfBirth, londonDateOf(now)), currentLocation, source };
}

/** A referral's board row without the person's details (what is published through Redis). */
export function boardRowBaseOf(view: ReferralView): BoardRowBase {
  return {
    id: view.id,
    reference: view.reference,
    version: view.version,
    receivedAt: view.receivedAt,
    urgency: view.urgency,
    legalSituation: view.legal.situation,
    deadline: view.deadline,
    assessmentId: view.assessmentId ?? null,
    assessmentVersion: view.assessmentVersion ?? null,
    stage: view.stage ?? null,
    mostUrgentClock: view.mostUrgentClock ?? null,
    teamId: view.teamId ?? null,
    dutyTeam: view.dutyTeam ?? null,
    allocatedAmhp: view.allocatedAmhp ?? null,
  };
}

/** A referral as a case reader's board row (e.g. the one this browser just created). */
export function boardRowOf(view: ReferralView, now: Date): CaseReaderBoardRow {
  return { ...boardRowBaseOf(view), ...boardRowDetailsOf(view.person, view.currentLocation, view.source.kind, now) };
}
