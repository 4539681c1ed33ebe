import type { AmhpRegisterView } from '@amhp/contracts';
import { useState } from 'react';
import { describeError } from '../../lib/api-client';
import { setMyAvailability } from './amhps-api';

/**
 * The signed-in AMHP says whether they can take work now. Allocation suggests available AMHPs
 * first; "busy" is worked out from their cases, not set here.
 */
export function AvailabilityToggle({ amhp, onChanged }: { amhp: AmhpRegisterView; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const available = amhp.availability === 'available';

  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      await setMyAvailability(available ? 'unavailable' : 'available');
      onChanged();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`availability availability--${amhp.availability}`} data-testid="my-availability">
      <span>
        You ({amhp.name}) are <strong>{available ? 'available' : 'unavailable'}</strong> for new cases.
      </span>
      <button type="button" className="button button--small" onClick={toggle} disabled={busy} aria-pressed={available}>
        {available ? 'Set me unavailable' : 'Set me available'}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
