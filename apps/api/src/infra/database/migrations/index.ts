import { InitialSchema1767225600000 } from './1767225600000-initial-schema';
import { Assessments1767312000000 } from './1767312000000-assessments';
import { Clocks1767398400000 } from './1767398400000-clocks';
import { IdentityAudit1767484800000 } from './1767484800000-identity-audit';
import { Rota1767571200000 } from './1767571200000-rota';
import { AllocationCalendars1767657600000 } from './1767657600000-allocation-calendars';
import { Handovers1767744000000 } from './1767744000000-handovers';
import { IdempotencyKeys1767916800000 } from './1767916800000-idempotency-keys';
import { ReferralFacts1768003200000 } from './1768003200000-referral-facts';
import { RoleGrants1768003200001 } from './1768003200001-role-grants';

/** Every migration, oldest first. Add each new one here (no globs: ts sources and dist alike). */
export const MIGRATIONS = [InitialSchema1767225600000, Assessments1767312000000, Clocks1767398400000, IdentityAudit1767484800000, Rota1767571200000, AllocationCalendars1767657600000, Handovers1767744000000, IdempotencyKeys1767916800000, ReferralFacts1768003200000, RoleGrants1768003200001];
