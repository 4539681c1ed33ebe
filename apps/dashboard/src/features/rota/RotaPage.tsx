import { useEffect, useState } from 'react';
import { londonDate } from '../../lib/london-time';
import { useNow } from '../../lib/now-context';
import { useCan } from '../identity/session-context';
import { AbsencesPanel } from './AbsencesPanel';
import { HoursInView } from './HoursInView';
import { GapEditor } from './GapEditor';
import { GapsAhead } from './GapsAhead';
import { PatternsPanel } from './PatternsPanel';
import { findGap, RotaCalendar, RotaSelection } from './RotaCalendar';
import { rangeFor, rangeTitle, RotaRange, RotaScale, stepRange } from './rota-dates';
import { ShiftEditor } from './ShiftEditor';
import { TeamsPanel } from './TeamsPanel';
import { useRota, useTeams } from './use-rota';
import './rota.css';
import './rota-calendar.css';
import './rota-editing.css';

/** `/rota?date=2026-03-30&view=month`: the view can be linked to and survives a reload. */
function initialRange(today: string): RotaRange {
  const params = new URLSearchParams(window.location.search);
  const date = params.get('date');
  const scale: RotaScale = params.get('view') === 'month' ? 'month' : 'week';
  return rangeFor(scale, date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today);
}

/**
 * /rota: the rota as a week or a month, per team or all teams, with gaps in red and bank
 * holidays named. Rota managers (service leads, administrators) also see the gaps of the next
 * 8 weeks and change the rota here: assign, replace, swap or cancel a shift, add one over a
 * gap, the repeating patterns, leave and sickness.
 */
export function RotaPage() {
  const now = useNow();
  // The shared clock reads 0 only in tests rendering the page alone; the rota then opens on its URL's date.
  const today = londonDate(now);
  const canManage = useCan('rota.manage');
  const [range, setRange] = useState(() => initialRange(today));
  const [team, setTeam] = useState('');
  const [selected, setSelected] = useState<RotaSelection | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const rota = useRota(range, team);
  const teams = useTeams();

  useEffect(() => {
    const query = `?date=${range.focus}${range.scale === 'month' ? '&view=month' : ''}`;
    if (window.location.search !== query) window.history.replaceState(window.history.state, '', `/rota${query}`);
  }, [range]);

  const go = (next: RotaRange) => {
    setSelected(null);
    setRange(next);
  };
  const changed = (message: string) => {
    setSelected(null);
    setFlash(message);
    void rota.reload();
  };

  const view = rota.data;
  const shift = view && selected?.type === 'shift' ? (view.shifts.find((s) => s.id === selected.shiftId) ?? null) : null;
  const gap = view && selected?.type === 'gap' ? findGap(view.gaps, selected.key) : null;
  const allTeams = teams.data ?? view?.teams ?? [];

  return (
    <section className="page rota-page" aria-labelledby="page-heading">
      <div className="page__head">
        <h1 id="page-heading" tabIndex={-1}>
          Rota
        </h1>
      </div>
      <div className="rota-toolbar" role="group" aria-label="Dates and team shown">
        <div className="segmented" role="group" aria-label="View">
          {(['week', 'month'] as const).map((scale) => (
            <button key={scale} type="button" className="button button--small" aria-pressed={range.scale === scale} onClick={() => go(rangeFor(scale, range.focus))}>
              {scale === 'week' ? 'Week' : 'Month'}
            </button>
          ))}
        </div>
        <div className="rota-toolbar__nav">
          <button type="button" className="button button--small" onClick={() => go(stepRange(range, -1))} aria-label={`Previous ${range.scale}`}>
            ‹ Previous
          </button>
          <button type="button" className="button button--small" onClick={() => go(rangeFor(range.scale, today))}>
            This {range.scale}
          </button>
          <button type="button" className="button button--small" onClick={() => go(stepRange(range, 1))} aria-label={`Next ${range.scale}`}>
            Next ›
          </button>
        </div>
        <h2 className="rota-toolbar__title" data-testid="rota-title" aria-live="polite">
          {rangeTitle(range)}
        </h2>
        <div className="rota-toolbar__team">
          <label htmlFor="rota-team">Team</label>
          <select id="rota-team" className="input" value={team} onChange={(e) => (setSelected(null), setTeam(e.target.value))}>
            <option value="">All teams</option>
            {allTeams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div role="status" className="flash-region">
        {flash && <p className="flash">{flash}</p>}
      </div>
      {canManage && <GapsAhead teams={allTeams} revision={view?.revision} onShow={(date) => go(rangeFor('week', date))} />}
      {rota.error && <p className="notice notice--error">Could not load the rota: {rota.error}</p>}
      {view && view.problems.length > 0 && (
        <div className="notice notice--warning" data-testid="rota-problems">
          <strong>To look at:</strong>
          <ul>
            {view.problems.map((p, i) => (
              <li key={`${p.code}-${i}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <RotaLegend />
      {!view && !rota.error && <p className="muted">Loading the rota…</p>}
      {view && (
        <div className={`rota-body${shift || gap ? ' rota-body--editing' : ''}`}>
          <RotaCalendar rota={view} range={range} showTeam={!team} onSelect={canManage ? setSelected : undefined} selected={selected} today={today} />
          {canManage && shift && (
            <ShiftEditor key={`${shift.id}:${shift.amhpId}`} shift={shift} rota={view} onDone={changed} onClose={() => setSelected(null)} onConflict={() => void rota.reload()} />
          )}
          {canManage && gap && <GapEditor key={selected?.type === 'gap' ? selected.key : ''} gap={gap} rota={view} onDone={changed} onClose={() => setSelected(null)} onConflict={() => void rota.reload()} />}
        </div>
      )}
      {view && <HoursInView rota={view} />}
      {canManage && view && (
        <div className="rota-manage">
          <PatternsPanel teams={allTeams} amhps={view.amhps} onChanged={changed} />
          <AbsencesPanel from={range.from} to={range.to} amhps={view.amhps} onChanged={changed} />
        </div>
      )}
      {/* A renamed or new team also reloads the page's team list (the filter, the patterns' teams). */}
      {canManage && <TeamsPanel onChanged={(message) => (changed(message), void teams.reload())} />}
    </section>
  );
}

function RotaLegend() {
  return (
    <p className="rota-legend" aria-label="Key">
      <span className="rota-legend__item rota-legend__item--day">Day duty</span>
      <span className="rota-legend__item rota-legend__item--edt">EDT</span>
      <span className="rota-legend__item rota-legend__item--gap">Gap: nobody on duty</span>
      <span className="rota-legend__item rota-legend__item--holiday">Bank holiday</span>
      <span className="muted">Times are London time; hours are real hours (a night when the clocks change is 15 h or 17 h).</span>
    </p>
  );
}
