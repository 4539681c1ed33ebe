import type { Capability } from '@amhp/contracts';
import { can } from '@amhp/contracts';
import { ReactNode, useEffect } from 'react';
import { navigate, Route } from '../../lib/router';
import { NotPermittedPage } from './NotPermittedPage';
import { homePath, useSession } from './session-context';

/** What each page needs, or any one of several (the API refuses the same; this only avoids offering what fails). */
const ROUTE_NEEDS: Partial<Record<Route['name'], Capability | readonly Capability[]>> = {
  board: 'board.view',
  'new-referral': 'case.act',
  referral: 'case.read',
  assessment: 'case.read',
  users: 'users.manage',
  audit: 'audit.view',
  rota: 'rota.view',
  // Service leads keep the register; administrators manage the rota; case readers look AMHPs up.
  amhps: ['case.read', 'rota.manage'],
  handovers: 'case.read',
  handover: 'case.read',
  'my-cases': 'case.act',
  calendar: 'rota.view',
};

/**
 * Shows the page only to roles that may use it; others get "not available for your role".
 * The board is the home page except for administrators alone, who start on the users page;
 * /sign-in, once signed in, goes home.
 */
export function RoleGate({ route, children }: { route: Route; children: ReactNode }) {
  const state = useSession();
  const roles = state?.session.user.roles;
  const home = roles ? homePath(roles) : '/';
  const redirect = route.name === 'sign-in' || (route.name === 'board' && roles && !can(roles, 'board.view')) ? home : null;
  const shouldMove = redirect !== null && redirect !== window.location.pathname;

  useEffect(() => {
    if (shouldMove && redirect) navigate(redirect, undefined, { replace: true });
  }, [shouldMove, redirect]);

  if (shouldMove) return null;
  const needs = ROUTE_NEEDS[route.name];
  const needed = typeof needs === 'string' ? [needs] : (needs ?? []);
  if (needed.length > 0 && roles && !needed.some((n) => can(roles, n))) return <NotPermittedPage />;
  return <>{children}</>;
}
