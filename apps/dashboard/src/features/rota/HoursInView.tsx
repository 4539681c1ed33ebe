import type { RotaView } from '@amhp/contracts';

/** "15.5 h": real elapsed hours, so a week with a clock-change night is an hour longer or shorter. */
export function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}

/** Each AMHP's hours on duty in the days shown (from the API: the domain's hoursWorked). */
export function HoursInView({ rota }: { rota: RotaView }) {
  if (rota.hoursWorked.length === 0) return null;
  const nameOf = new Map(rota.amhps.map((a) => [a.id, a.name]));
  return (
    <section className="rota-hours" aria-labelledby="rota-hours-heading" data-testid="rota-hours">
      <h2 id="rota-hours-heading">Hours on duty in view</h2>
      <table className="rota-hours__table">
        <thead>
          <tr>
            <th scope="col">AMHP</th>
            <th scope="col">Hours</th>
          </tr>
        </thead>
        <tbody>
          {rota.hoursWorked.map((h) => (
            <tr key={h.amhpId}>
              <td>{nameOf.get(h.amhpId) ?? 'Unknown AMHP'}</td>
              <td>{formatHours(h.hours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
