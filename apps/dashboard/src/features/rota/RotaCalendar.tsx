import type { CoverGapView, RotaView, ShiftView } from '@amhp/contracts';
import { ReactNode } from 'react';
import { formatLondonFull, formatLondonHourMinute, londonDate } from '../../lib/london-time';
import { clocksChangeDuring, DayEntry, gapHours, gapKey, layOutRota } from './rota-layout';
import { dayLabel, formatHours, inFocusMonth, RotaRange, WEEKDAY_NAMES } from './rota-dates';

export type RotaSelection = { type: 'shift'; shiftId: string } | { type: 'gap'; key: string };

export const SLOT_TEXT: Record<ShiftView['slot'], string> = {
  'day-duty': 'Day duty',
  'edt-day': 'EDT day',
  'edt-night': 'EDT night',
  added: 'Added shift',
};

const SLOT_SHORT: Record<ShiftView['slot'], string> = { 'day-duty': 'Day', 'edt-day': 'EDT day', 'edt-night': 'EDT night', added: 'Added' };
const KIND_TEXT = { day: 'day duty', edt: 'EDT' } as const;
const VACANCY_TEXT = { leave: 'on leave', sickness: 'off sick', training: 'at training', other: 'away', 'not-approved': 'approval not in force (s114)' } as const;

interface Props {
  rota: RotaView;
  range: RotaRange;
  /** Names each entry's team (when more than one team is shown). */
  showTeam: boolean;
  /** Rota managers select a shift or a gap to change it. */
  onSelect?: (selection: RotaSelection) => void;
  selected?: RotaSelection | null;
  /** Today's London date: earlier days are shown muted (their gaps can no longer be filled). */
  today?: string;
}

/** "09:00–17:00", "17:00–09:00" (next morning), "Fri 17:00–Mon 09:00" for longer spans. */
export function timeSpan(from: string, to: string): string {
  const days = (Date.parse(`${londonDate(to)}T00:00:00Z`) - Date.parse(`${londonDate(from)}T00:00:00Z`)) / 86_400_000;
  if (days <= 1) return `${formatLondonHourMinute(from)}–${formatLondonHourMinute(to)}`;
  return `${dayLabel(londonDate(from)).slice(0, 3)} ${formatLondonHourMinute(from)}–${dayLabel(londonDate(to)).slice(0, 3)} ${formatLondonHourMinute(to)}`;
}

/**
 * The rota as a calendar: a week in seven columns, or a month in whole weeks. Each day lists
 * its shifts (AMHP, real hours) and, in red with the missing time in words, its gaps; bank
 * holidays are named. Colour is never the only signal.
 */
export function RotaCalendar({ rota, range, showTeam, onSelect, selected, today }: Props) {
  const days = layOutRota(rota);
  const teamName = new Map(rota.teams.map((t) => [t.id, t.name]));
  const compact = range.scale === 'month';
  return (
    <div className={`rota-calendar rota-calendar--${range.scale}`} data-testid="rota-calendar" data-scale={range.scale}>
      {compact && (
        <div className="rota-calendar__weekdays" aria-hidden="true">
          {WEEKDAY_NAMES.map((d) => (
            <span key={d}>{d}</span>
          ))}
        </div>
      )}
      <ol className="rota-calendar__days">
        {days.map((day) => (
          <li
            key={day.date}
            className={`rota-day${day.bankHoliday ? ' rota-day--holiday' : ''}${day.hasGap ? ' rota-day--gap' : ''}${inFocusMonth(range, day.date) ? '' : ' rota-day--outside'}${today && day.date < today ? ' rota-day--past' : ''}${day.date === today ? ' rota-day--today' : ''}`}
            data-testid="rota-day"
            data-date={day.date}
            aria-labelledby={`day-${day.date}`}
          >
            <h3 id={`day-${day.date}`} className="rota-day__head">
              {compact ? <span aria-hidden="true">{Number(day.date.slice(8))}</span> : dayLabel(day.date)}
              {compact && <span className="visually-hidden">{dayLabel(day.date)}</span>}
              {day.hasGap && <span className="visually-hidden">, has a gap</span>}
            </h3>
            {day.bankHoliday && (
              <p className="rota-day__holiday" data-testid="bank-holiday">
                <span className="visually-hidden">Bank holiday: </span>
                {day.bankHoliday}
              </p>
            )}
            <ul className="rota-day__entries">
              {day.entries.map((entry) => (
                <li key={entryKey(entry)}>
                  <Entry entry={entry} teamName={teamName} showTeam={showTeam} compact={compact} onSelect={onSelect} selected={selected} />
                </li>
              ))}
              {day.entries.length === 0 && <li className="rota-day__none muted">No duty</li>}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

function entryKey(entry: DayEntry): string {
  return entry.type === 'shift' ? `s:${entry.shift.id}` : `${entry.type}:${gapKey(entry.gap)}`;
}

interface EntryProps {
  entry: DayEntry;
  teamName: Map<string, string>;
  showTeam: boolean;
  compact: boolean;
  onSelect?: (selection: RotaSelection) => void;
  selected?: RotaSelection | null;
}

function Entry({ entry, teamName, showTeam, compact, onSelect, selected }: EntryProps) {
  if (entry.type === 'shift') {
    const s = entry.shift;
    const isSelected = selected?.type === 'shift' && selected.shiftId === s.id;
    return (
      <Selectable
        className={`rota-shift rota-shift--${s.kind}${s.amhpId ? '' : ' rota-shift--vacant'}`}
        testId="rota-shift"
        data={{ 'data-shift-id': s.id, 'data-amhp-id': s.amhpId ?? '' }}
        onSelect={onSelect && (() => onSelect({ type: 'shift', shiftId: s.id }))}
        selected={isSelected}
        title={`${teamName.get(s.teamId) ?? s.teamId}, ${SLOT_TEXT[s.slot]}: ${s.amhpName ?? 'vacant'}, ${formatLondonFull(s.startsAt)} to ${formatLondonFull(s.endsAt)} (${formatHours(s.hours)})`}
      >
        <ShiftText shift={s} team={showTeam ? (teamName.get(s.teamId) ?? s.teamId) : null} compact={compact} />
      </Selectable>
    );
  }
  const g = entry.gap;
  const key = gapKey(g);
  const team = teamName.get(g.teamId) ?? g.teamId;
  const continues = entry.type === 'gap-continues';
  return (
    <Selectable
      className={`rota-gap${continues ? ' rota-gap--continues' : ''}`}
      testId={continues ? 'rota-gap-continues' : 'rota-gap'}
      data={{ 'data-gap-key': key, 'data-team-id': g.teamId }}
      onSelect={onSelect && (() => onSelect({ type: 'gap', key }))}
      selected={selected?.type === 'gap' && selected.key === key}
      title={`Gap in ${team} ${KIND_TEXT[g.kind]}: ${g.onDuty} of ${g.required} on duty, ${formatLondonFull(g.from)} to ${formatLondonFull(g.to)}`}
    >
      {continues ? (
        <span className="rota-gap__what">Gap continues until {formatLondonHourMinute(g.to)}</span>
      ) : (
        <>
          <span className="rota-gap__what">
            Gap <span className="num">{timeSpan(g.from, g.to)}</span>
            {!compact && <span className="rota-gap__hours"> ({formatHours(gapHours(g))})</span>}
          </span>
          {!compact && (
            <span className="rota-gap__detail">
              {team} {KIND_TEXT[g.kind]}: {g.onDuty} of {g.required} on duty
            </span>
          )}
        </>
      )}
    </Selectable>
  );
}

function ShiftText({ shift: s, team, compact }: { shift: ShiftView; team: string | null; compact: boolean }) {
  const change = clocksChangeDuring(s);
  const who = s.amhpName ?? (s.amhpId ? 'AMHP' : null);
  const vacancy = s.vacated ? `${s.vacated.amhpName ?? 'AMHP'} ${VACANCY_TEXT[s.vacated.reason]}` : null;
  if (compact) {
    // A month cell is narrow: the time and who come first; the rest is in the title.
    return (
      <>
        <span className="num">{formatLondonHourMinute(s.startsAt)}</span> <span className={who ? 'rota-shift__amhp' : 'rota-shift__vacant'}>{who ?? 'Vacant'}</span>
        <span className="rota-shift__slot"> · {SLOT_SHORT[s.slot]}</span>
        {change && <span className="rota-shift__hours"> · {formatHours(s.hours)}</span>}
      </>
    );
  }
  return (
    <>
      <span className="rota-shift__time">
        <span className="num">{timeSpan(s.startsAt, s.endsAt)}</span>{' '}
        <span className="rota-shift__hours" data-testid="shift-hours">
          {formatHours(s.hours)}
        </span>
      </span>
      <span className="rota-shift__slot">
        {team ? `${team} · ` : ''}
        {SLOT_TEXT[s.slot]}
      </span>
      {change && (
        <span className="rota-shift__change" data-testid="clock-change">
          Clocks go {change}: {formatHours(s.hours)}
        </span>
      )}
      {who ? <span className="rota-shift__amhp">{who}</span> : <span className="rota-shift__vacant">Vacant</span>}
      {vacancy && <span className="rota-shift__vacated">{vacancy}</span>}
    </>
  );
}

interface SelectableProps {
  className: string;
  testId: string;
  data: Record<string, string>;
  onSelect?: () => void;
  selected: boolean;
  title: string;
  children: ReactNode;
}

/** A button for rota managers (it opens the editor), plain text for everyone else. */
function Selectable({ className, testId, data, onSelect, selected, title, children }: SelectableProps) {
  const cls = `${className}${selected ? ' rota-entry--selected' : ''}`;
  if (!onSelect) {
    return (
      <div className={cls} data-testid={testId} title={title} {...data}>
        {children}
      </div>
    );
  }
  return (
    <button type="button" className={`${cls} rota-entry--button`} data-testid={testId} title={title} aria-pressed={selected} onClick={onSelect} {...data}>
      {children}
    </button>
  );
}

/** For the editor: the gap the key names, or null once it has closed. */
export function findGap(gaps: readonly CoverGapView[], key: string): CoverGapView | null {
  return gaps.find((g) => gapKey(g) === key) ?? null;
}
