import type { RotaView } from '@amhp/contracts';
import { formatHours } from './rota-dates';

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
