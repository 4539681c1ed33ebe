import { InitialSchema1767225600000 } from './1767225600000-initial-schema';

/** Every migration, oldest first. Add each new one here (no globs: ts sources and dist alike). */
export const MIGRATIONS = [InitialSchema1767225600000];
