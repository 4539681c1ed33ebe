import { DataSource } from 'typeorm';

const HOUR_MS = 3600_000;

/**
 * N open referrals, each held under s5(4) (6 hours, s5(4)) with one running clock whose expiry
 * falls between `firstDue` and `firstDue + spreadMs`, evenly spread. The clocks are recorded
 * now, so their 50/75/90% warnings (already past) are not alerted and each clock has exactly
 * one timer: its expiry. Plain SQL (generate_series): seeding is not what is measured.
 */
export async function seedClocks(dataSource: DataSource, count: number, firstDue: Date, spreadMs: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO referrals (reference, status, version, received_at, updated_at, given_name, family_name, date_of_birth,
       sex, ethnic_category, address, postcode, council, source_kind, referrer_name, referrer_contact, legal_situation,
       clock_started_at, current_location, reason, risk_violence, risk_weapons, risk_children_or_vulnerable_adults,
       risk_substance_use, risk_medical_needs, urgency)
     SELECT 'B-' || lpad(i::text, 7, '0'), 'open', 1, now(), now(), 'Bench', 'Person', '1980-01-01',
       'female', 'A', '1 Bench Street', 'BE1 1AA', 'Bench Council', 'ward', 'Nurse Bench', 'ext 1', 's5_4',
       $1::timestamptz + (i * $2::double precision / $3) * interval '1 millisecond' - interval '6 hours',
       'Ward 1', 'Benchmark', false, false, false, false, false, 'emergency'
     FROM generate_series(0, $3 - 1) AS i`,
    [firstDue, spreadMs, count],
  );
  await dataSource.query(
    `INSERT INTO clocks (assessment_id, referral_id, kind, label, section, starts_at, expires_at, status, extended,
       warning_fractions, revision, timing_changed_at, scheduled_job_ids, created_at, updated_at)
     SELECT gen_random_uuid(), r.id, 's5_4', 's5(4) nurse’s holding power', 's5(4)', r.clock_started_at,
       r.clock_started_at + interval '6 hours', 'running', false, '{0.5,0.75,0.9}', 1, now(), '{}', now(), now()
     FROM referrals r`,
  );
  await dataSource.query('ANALYZE referrals; ANALYZE clocks');
}

export const SIX_HOURS_MS = 6 * HOUR_MS;
