import { boardRowSchema, caseReaderBoardRowSchema, ReferralView, SEXES } from '@amhp/contracts';
import {
  ASSESSMENT_STAGE_CODES,
  ETHNIC_CATEGORY_CODES,
  LEGAL_SITUATION_CODES,
  LOCATION_KIND_CODES,
  REFERRAL_SOURCE_CODES,
  SITUATIONS_WITH_CLOCK,
  URGENCY_CODES,
} from '@amhp/domain';
import { z } from 'zod';
import { Equals, assertType } from '../../../infra/http/type-equality';
import { clockViewSchema } from '../../assessments/dto/clock-view.schema';

const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant in UTC');
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/**
 * ReferralView (contracts) as a schema, for the OpenAPI document only: the compile-time check
 * below fails the build if it and the contract ever differ.
 */
export const referralViewSchema = z
  .object({
    id: z.uuid(),
    reference: z.string().describe('Short reference read out on the phone, e.g. R-2026-00042'),
    status: z.enum(['open', 'closed']),
    version: z.number().int().describe('Send back when changing the referral (optimistic concurrency)'),
    receivedAt: instant,
    updatedAt: instant,
    closedAt: nullable(instant),
    closedReason: nullable(z.string()),
    person: z.object({
      givenName: z.string(),
      familyName: z.string(),
      dateOfBirth: z.iso.date(),
      nhsNumber: nullable(z.string().regex(/^\d{10}$/)),
      sex: z.enum(SEXES),
      ethnicCategory: z.enum(ETHNIC_CATEGORY_CODES),
      address: z.string(),
      postcode: z.string(),
      council: z.string(),
    }),
    source: z.object({ kind: z.enum(REFERRAL_SOURCE_CODES), referrerName: z.string(), referrerContact: z.string() }),
    legal: z.object({
      situation: z.enum(LEGAL_SITUATION_CODES),
      clockStartedAt: nullable(instant),
      placeOfSafety: nullable(z.string()),
      details: nullable(z.string()),
      clockStartConfirmed: z.boolean().describe('A start so long ago the power would have lapsed, confirmed by the AMHP'),
      atPoliceStation: nullable(z.boolean()).describe('s136A: the place of safety is a police station'),
      policeStation: nullable(
        z.object({
          imminentRiskOfSeriousInjuryOrDeath: z.boolean(),
          noOtherPlaceOfSafetyReasonablyAvailable: z.boolean(),
          healthcareProfessionalAvailable: z.boolean(),
          inspectorAuthorised: z.boolean(),
          authorisedBy: nullable(z.string()),
        }),
      ).describe('Places of Safety Regulations 2017: the conditions and the inspector’s authorisation'),
    }),
    currentLocation: z.string(),
    locationKind: nullable(z.enum(LOCATION_KIND_CODES)).describe('Where the person is, in the rules’ terms (s5(2)/s5(4) hold in-patients only)'),
    reason: z.string(),
    risks: z.object({
      violence: z.boolean(),
      weapons: z.boolean(),
      childrenOrVulnerableAdults: z.boolean(),
      substanceUse: z.boolean(),
      medicalNeeds: z.boolean(),
      notes: nullable(z.string()),
    }),
    urgency: z.enum(URGENCY_CODES),
    deadline: nullable(
      z
        .object({ power: z.enum(SITUATIONS_WITH_CLOCK), label: z.string(), startsAt: instant, expiresAt: instant })
        .describe('The legal clock the referral is under (s136, s135(1), s5(2), s5(4))'),
    ),
    assessmentId: z.uuid().optional().describe('The referral’s assessment (one per referral)'),
    assessmentVersion: z.number().int().optional().describe('The assessment’s version'),
    stage: z.enum(ASSESSMENT_STAGE_CODES).optional().describe('Where the assessment has got to'),
    mostUrgentClock: clockViewSchema.nullable().optional().describe('The running legal clock that expires first'),
    teamId: z.string().nullable().optional().describe('The day team whose area the referral is in'),
    dutyTeam: z
      .object({ id: z.string(), name: z.string(), kind: z.enum(['day', 'edt']) })
      .nullable()
      .optional()
      .describe('The team responsible now: the day team in hours, its EDT out of hours'),
    allocatedAmhp: z.object({ id: z.uuid(), name: z.string() }).nullable().optional().describe('The AMHP the assessment is allocated to'),
  })
  .meta({ id: 'ReferralView' });

assertType<Equals<z.infer<typeof referralViewSchema>, ReferralView>>(true);

/** A board row (GET /api/referrals, and the 'referral.upserted' push): the person's details only for the roles allowed them. */
export const boardRowListSchema = z.array(boardRowSchema.meta({ id: 'BoardRow' }));

/** A case reader's board row (My cases): with the person's name, age, where they are and the source. */
export const caseReaderBoardRowListSchema = z.array(caseReaderBoardRowSchema.meta({ id: 'CaseReaderBoardRow' }));
