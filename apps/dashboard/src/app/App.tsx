import { lazy, Suspense, useEffect, useRef } from 'react';
import { AlertsPanel } from '../features/alerts/AlertsPanel';
import { CasePage } from '../features/assessments/CasePage';
import { BoardPage } from '../features/board/BoardPage';
import { ChangePasswordPage } from '../features/identity/ChangePasswordPage';
import { RoleGate } from '../features/identity/RoleGate';
import { Can } from '../features/identity/session-context';
import { NewReferralPage } from '../features/referrals/NewReferralPage';
import { ReferralDetailPage } from '../features/referrals/ReferralDetailPage';
import { RoleGrantsNotice } from '../features/role-grants/RoleGrantsNotice';
import { matchRoute, Route, useLocation, Link } from '../lib/router';
import { AppHeader } from './AppHeader';

// Screens most people open less often than the board and the case load on demand, so the
// first page (the board) arrives sooner.
const UsersPage = lazy(() => import('../features/admin/UsersPage').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const AmhpsPage = lazy(() => import('../features/amhps/AmhpsPage').then((m) => ({ default: m.AmhpsPage })));
const CalendarPage = lazy(() => import('../features/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const HandoverDetailPage = lazy(() => import('../features/handovers/HandoverDetailPage').then((m) => ({ default: m.HandoverDetailPage })));
const HandoversPage = lazy(() => import('../features/handovers/HandoversPage').then((m) => ({ default: m.HandoversPage })));
const MyCasesPage = lazy(() => import('../features/my-cases/MyCasesPage').then((m) => ({ default: m.MyCasesPage })));
const RotaPage = lazy(() => import('../features/rota/RotaPage').then((m) => ({ default: m.RotaPage })));

const TITLES: Record<Route['name'], string> = {
  board: 'Board',
  'new-referral': 'New referral',
  referral: 'Referral',
  assessment: 'Case',
  'sign-in': 'Sign in',
  password: 'Password',
  users: 'Users',
  audit: 'Audit trail',
  rota: 'Rota',
  amhps: 'AMHPs',
  handovers: 'Handovers',
  handover: 'Handover',
  'my-cases': 'My cases',
  calendar: 'Calendar',
  'not-found': 'Page not found',
};

/** The shell: skip link, header, the current page and the alerts panel beside it. */
export function App() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  const shownPath = useRef(pathname);

  useEffect(() => {
    document.title = `${TITLES[route.name]} · AMHP Hub`;
    // After an in-page navigation, move focus to the new page's heading, as a page load would.
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    document.getElementById('page-heading')?.focus();
  }, [pathname, route.name]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppHeader />
      <div className="layout">
        <main id="main" tabIndex={-1} className="layout__main">
          <Can capability="role-grants.review">
            <RoleGrantsNotice />
          </Can>
          <RoleGate route={route}>
            <Suspense fallback={<p className="muted">Loading…</p>}>
              <Page route={route} />
            </Suspense>
          </RoleGate>
        </main>
        <Can capability="board.view">
          <AlertsPanel />
        </Can>
      </div>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'board':
      return <BoardPage />;
    case 'new-referral':
      return <NewReferralPage />;
    case 'referral':
      return <ReferralDetailPage key={route.id} id={route.id} />;
    case 'assessment':
      return <CasePage key={route.id} id={route.id} />;
    case 'password':
      return <ChangePasswordPage />;
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
    case 'rota':
      return <RotaPage />;
    case 'amhps':
      return <AmhpsPage />;
    case 'handovers':
      return <HandoversPage />;
    case 'handover':
      return <HandoverDetailPage key={route.id} id={route.id} />;
    case 'my-cases':
      return <MyCasesPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'sign-in':
      return null;
    default:
      return (
        <section className="page">
          <h1 id="page-heading" tabIndex={-1}>
            Page not found
          </h1>
          <Link to="/">Back to the board</Link>
        </section>
      );
  }
}
