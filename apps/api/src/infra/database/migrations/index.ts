import { InitialSchema1767225600000 } from './1767225600000-initial-schema';
import { Assessments1767312000000 } from './1767312000000-assessments';
import { Clocks1767398400000 } from './1767398400000-clocks';
import { IdentityAudit1767484800000 } from './1767484800000-identity-audit';

/** Every migration, oldest first. Add each new one here (no globs: ts sources and dist alike). */
export const MIGRATIONS = [InitialSchema1767225600000, Assessments1767312000000, Clocks1767398400000, IdentityAudit1767484800000];
