import type { EthnicCategoryCode, LegalSituation, LocationKind, PoliceStationConditions, ReferralSource, Urgency } from '@amhp/domain';
import type { ReferralStatus, Sex } from '@amhp/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TeamEntity } from '../rota/teams/team.entity';

const instant = { type: 'timestamptz' } as const;

/**
 * One referral for a Mental Health Act assessment. The person's details are columns (not a
 * JSON blob) so that later issues can report on them (ethnicity, council) with plain SQL.
 */
@Entity({ name: 'referrals' })
@Unique('referrals_reference_uq', ['reference'])
@Check('referrals_status_ck', `"status" IN ('open', 'closed') AND ("status" = 'closed') = ("closed_at" IS NOT NULL)`)
@Index('referrals_open_board_idx', ['deadlineExpiresAt', 'receivedAt'], { where: `"status" = 'open'` })
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'referrals_pk' })
  id!: string;

  /** "R-2026-00042": read out on the phone. */
  @Column({ type: 'varchar', length: 20 })
  reference!: string;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status!: ReferralStatus;

  /** Optimistic concurrency: a change names the version it read; a stale one is refused. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'received_at', ...instant })
  receivedAt!: Date;

  @Column({ name: 'updated_at', ...instant })
  updatedAt!: Date;

  @Column({ name: 'closed_at', ...instant, nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason!: string | null;

  // The person
  @Column({ name: 'given_name', type: 'varchar', length: 100 })
  givenName!: string;

  @Column({ name: 'family_name', type: 'varchar', length: 100 })
  familyName!: string;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  @Column({ name: 'nhs_number', type: 'char', length: 10, nullable: true })
  nhsNumber!: string | null;

  @Column({ type: 'varchar', length: 20 })
  sex!: Sex;

  @Column({ name: 'ethnic_category', type: 'char', length: 1 })
  ethnicCategory!: EthnicCategoryCode;

  @Column({ type: 'varchar', length: 300 })
  address!: string;

  @Column({ type: 'varchar', length: 10 })
  postcode!: string;

  @Column({ type: 'varchar', length: 120 })
  council!: string;

  // The source
  @Column({ name: 'source_kind', type: 'varchar', length: 30 })
  sourceKind!: ReferralSource;

  @Column({ name: 'referrer_name', type: 'varchar', length: 120 })
  referrerName!: string;

  @Column({ name: 'referrer_contact', type: 'varchar', length: 200 })
  referrerContact!: string;

  // The legal situation on referral
  @Column({ name: 'legal_situation', type: 'varchar', length: 20 })
  legalSituation!: LegalSituation;

  /** s136/s135(1): arrival at the place of safety; s5(2)/s5(4): when the holding power began. */
  @Column({ name: 'clock_started_at', ...instant, nullable: true })
  clockStartedAt!: Date | null;

  @Column({ name: 'place_of_safety', type: 'varchar', length: 200, nullable: true })
  placeOfSafety!: string | null;

  @Column({ name: 'legal_details', type: 'text', nullable: true })
  legalDetails!: string | null;

  /** The AMHP confirmed a start so long ago that the power would have lapsed (the board shows it lapsed). */
  @Column({ name: 'clock_start_confirmed', type: 'boolean', default: false })
  clockStartConfirmed!: boolean;

  /** s136/s135(1): the place of safety is a police station (s136A); null when not said. */
  @Column({ name: 'at_police_station', type: 'boolean', nullable: true })
  atPoliceStation!: boolean | null;

  /** The conditions for holding an adult at a police station, as recorded (Places of Safety Regulations 2017). */
  @Column({ name: 'police_station_conditions', type: 'jsonb', nullable: true })
  policeStationConditions!: (PoliceStationConditions & { authorisedBy: string | null }) | null;

  /** Computed by libs/domain referralDeadline and kept for ordering the board and the timers. */
  @Column({ name: 'deadline_expires_at', ...instant, nullable: true })
  deadlineExpiresAt!: Date | null;

  @Column({ name: 'current_location', type: 'varchar', length: 300 })
  currentLocation!: string;

  /** Where the person is, in the terms the rules need (s5(2)/s5(4) hold in-patients only); null on older referrals. */
  @Column({ name: 'location_kind', type: 'varchar', length: 30, nullable: true })
  locationKind!: LocationKind | null;

  @Column({ type: 'text' })
  reason!: string;

  // Risks
  @Column({ name: 'risk_violence', type: 'boolean' })
  riskViolence!: boolean;

  @Column({ name: 'risk_weapons', type: 'boolean' })
  riskWeapons!: boolean;

  @Column({ name: 'risk_children_or_vulnerable_adults', type: 'boolean' })
  riskChildrenOrVulnerableAdults!: boolean;

  @Column({ name: 'risk_substance_use', type: 'boolean' })
  riskSubstanceUse!: boolean;

  @Column({ name: 'risk_medical_needs', type: 'boolean' })
  riskMedicalNeeds!: boolean;

  @Column({ name: 'risk_notes', type: 'text', nullable: true })
  riskNotes!: string | null;

  @Column({ type: 'varchar', length: 20 })
  urgency!: Urgency;

  /** The day team whose area the person is in (issue 5); out of hours its EDT is responsible. Null on older referrals. */
  @Column({ name: 'team_id', type: 'varchar', length: 40, nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'referrals_team_fk' })
  team?: TeamEntity | null;
}
