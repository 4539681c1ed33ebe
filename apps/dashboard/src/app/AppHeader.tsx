import { formatLondonClock, formatLondonDayTime } from '../lib/london-time';
import { useNow } from '../lib/now-context';
import { ConnectionStatus, useRealtime } from '../lib/realtime-context';
import { Link } from '../lib/router';
import { Can, CanAny } from '../features/identity/session-context';
import { UserMenu } from '../features/identity/UserMenu';
import './app-header.css';

const STATUS_TEXT: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
};

export function AppHeader() {
  const now = useNow();
  const { status } = useRealtime();
  const date = formatLondonDayTime(now).split(' ').slice(0, 3).join(' ');
  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand">
        AMHP Hub
      </Link>
      <nav aria-label="Main" className="app-header__nav">
        {/* Only what the role may do is offered (issue 4). */}
        <Can capability="board.view">
          <Link to="/">Board</Link>
        </Can>
        <Can capability="case.act">
          <Link to="/referrals/new">New referral</Link>
        </Can>
        <Can capability="case.act">
          <Link to="/my-cases">My cases</Link>
        </Can>
        <Can capability="rota.view">
          <Link to="/rota">Rota</Link>
        </Can>
        <Can capability="case.read">
          <Link to="/handovers">Handovers</Link>
        </Can>
        <CanAny capabilities={['case.read', 'rota.manage']}>
          <Link to="/amhps">AMHPs</Link>
        </CanAny>
        <Can capability="rota.view">
          <Link to="/calendar">Calendar</Link>
        </Can>
        <Can capability="users.manage">
          <Link to="/admin/users">Users</Link>
        </Can>
        <Can capability="audit.view">
          <Link to="/audit">Audit</Link>
        </Can>
      </nav>
      <div className="app-header__right">
        <span className={`connection connection--${status}`} data-testid="connection-status" role="status">
          <span className="connection__dot" aria-hidden="true" />
          {STATUS_TEXT[status]}
        </span>
        <time className="app-header__clock" dateTime={now ? new Date(now).toISOString() : undefined}>
          <span className="visually-hidden">London time: </span>
          {date} <strong>{formatLondonClock(now)}</strong>
        </time>
        <UserMenu />
      </div>
    </header>
  );
}
