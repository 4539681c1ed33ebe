import { AnchorHTMLAttributes, MouseEvent, ReactNode, useSyncExternalStore } from 'react';

/**
 * A minimal router over the History API: the dashboard has a handful of pages and no
 * router package. Navigation state carries one-off messages (e.g. "Referral created").
 */
export interface RouteState {
  /** A message for the next page to announce once. */
  flash?: string;
  /** A board row to draw the eye to (the referral just created). */
  highlightId?: string;
}

export interface AppLocation {
  pathname: string;
  state: RouteState | null;
}

const listeners = new Set<() => void>();
let locationKey = 0;

function notify() {
  locationKey += 1;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

export function navigate(to: string, state?: RouteState, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(state ?? null, '', to);
  else window.history.pushState(state ?? null, '', to);
  notify();
}

const getKey = () => locationKey;

export function useLocation(): AppLocation {
  // Subscribing to a counter re-renders on every navigation, even to the same path.
  useSyncExternalStore(subscribe, getKey, getKey);
  return { pathname: window.location.pathname, state: (window.history.state as RouteState | null) ?? null };
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; state?: RouteState; children: ReactNode };

/** An ordinary link (open in new tab still works) that navigates in-page on a plain click. */
export function Link({ to, state, onClick, children, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, state);
  };
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}

export type Route =
  | { name: 'board' }
  | { name: 'new-referral' }
  | { name: 'referral'; id: string }
  | { name: 'assessment'; id: string }
  // Issue 4: identity, administration and audit.
  | { name: 'sign-in' }
  | { name: 'password' }
  | { name: 'users' }
  | { name: 'audit' }
  // Issue 5: rota, AMHP register, handovers, allocation and calendars.
  | { name: 'rota' }
  | { name: 'amhps' }
  | { name: 'handovers' }
  | { name: 'handover'; id: string }
  | { name: 'my-cases' }
  | { name: 'calendar' }
  | { name: 'not-found' };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'board' };
  if (path === '/referrals/new') return { name: 'new-referral' };
  if (path === '/sign-in') return { name: 'sign-in' };
  if (path === '/account/password') return { name: 'password' };
  if (path === '/admin/users') return { name: 'users' };
  if (path === '/audit') return { name: 'audit' };
  if (path === '/rota') return { name: 'rota' };
  if (path === '/amhps') return { name: 'amhps' };
  if (path === '/handovers') return { name: 'handovers' };
  if (path === '/my-cases') return { name: 'my-cases' };
  if (path === '/calendar') return { name: 'calendar' };
  const handover = /^\/handovers\/([^/]+)$/.exec(path);
  if (handover) return { name: 'handover', id: decodeURIComponent(handover[1]) };
  const detail = /^\/referrals\/([^/]+)$/.exec(path);
  if (detail) return { name: 'referral', id: decodeURIComponent(detail[1]) };
  const assessment = /^\/assessments\/([^/]+)$/.exec(path);
  if (assessment) return { name: 'assessment', id: decodeURIComponent(assessment[1]) };
  return { name: 'not-found' };
}
