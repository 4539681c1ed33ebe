import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { Providers } from '../../app/Providers';
import { FetchHandler, installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { londonLocalToUtc, toLondonLocalInput } from '../../lib/london-time';
import { referral } from '../../test/referral-fixtures';

/** Two hours ago on a London clock, as typed into the form. */
const ARRIVAL = toLondonLocalInput(Date.now() - 2 * 3600_000);

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const change = (label: RegExp, value: string) => fireEvent.change(field(label), { target: { value } });

/** The message shown for a control: found through its aria-describedby, as a screen reader would. */
function errorFor(control: HTMLElement): string | null {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'));
  return error?.textContent?.replace(/^Error: /, '') ?? null;
}

function fillValidS136() {
  change(/^Given name/, 'Sam');
  change(/^Family name/, 'Fictional');
  change(/^Date of birth/, '1990-05-17');
  change(/^Sex/, 'female');
  change(/^Ethnic category/, 'M');
  change(/^Address/, '2 Imaginary Road, Exampletown');
  change(/^Postcode/, 'EX1 1AA');
  change(/^Responsible council/, 'Example Council');
  change(/^Source/, 'police');
  change(/^Referrer name/, 'PC Example');
  change(/^Referrer contact/, '0100 000 0001');
  change(/^Legal situation/, 's136');
  change(/^Arrival at place of safety/, ARRIVAL);
  change(/^Place of safety/, 'Example Hospital suite');
  change(/^Is the place of safety a police station/, 'no');
  change(/^Where the person is now/, 'Place of safety suite');
  change(/^Urgency/, 'emergency');
  change(/^Reason for referral/, 'Fictional reason');
}

async function renderAt(path: string, post: FetchHandler) {
  const fake = installFakeFetch({
    'GET /api/referrals': () => ({ body: [] }),
    'GET /api/alerts': () => ({ body: [] }),
    'POST /api/referrals': post,
  });
  window.history.replaceState(null, '', path);
  // Let the board and alerts snapshots settle inside act.
  await act(async () => {
    render(
      <Providers socket={new FakeSocket().asSocket()}>
        <App />
      </Providers>,
    );
  });
  return fake;
}

describe('new referral form', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('labels the clock start by the power: arrival for s136/s135(1), holding power for s5(2)/s5(4), none otherwise', async () => {
    restore = (await renderAt('/referrals/new', () => ({ status: 500 }))).restore;
    expect(screen.queryByLabelText(/Arrival at place of safety/)).toBeNull();
    change(/^Legal situation/, 's135_1');
    expect(field(/^Arrival at place of safety/).type).toBe('datetime-local');
    change(/^Legal situation/, 's5_2');
    expect(screen.queryByLabelText(/Arrival at place of safety/)).toBeNull();
    expect(field(/^Holding power began/).type).toBe('datetime-local');
    change(/^Legal situation/, 'none');
    expect(screen.queryByLabelText(/Holding power began/)).toBeNull();
  });

  it('names ethnic categories in full', async () => {
    restore = (await renderAt('/referrals/new', () => ({ status: 500 }))).restore;
    const options = within(field(/^Ethnic category/)).getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('Black or Black British - Caribbean');
    expect(options).toContain('Not stated');
  });

  it('shows a bad NHS number and a missing s136 arrival time next to their fields, and sends nothing', async () => {
    const post = jest.fn(() => ({ status: 201, body: {} }));
    const fake = await renderAt('/referrals/new', post);
    restore = fake.restore;
    fillValidS136();
    change(/^NHS number/, '943 476 5918');
    change(/^Arrival at place of safety/, '');
    fireEvent.click(screen.getByRole('button', { name: 'Save referral' }));

    const nhs = field(/^NHS number/);
    expect(nhs.getAttribute('aria-invalid')).toBe('true');
    expect(errorFor(nhs)).toBe('NHS number fails the check digit: check it has been copied correctly');
    const arrival = field(/^Arrival at place of safety/);
    expect(arrival.getAttribute('aria-invalid')).toBe('true');
    expect(errorFor(arrival)).toBe('Time of arrival at the place of safety is required: the 24-hour clock runs from it');
    expect(within(screen.getByRole('alert', { name: /2 problems/ })).getAllByRole('link')).toHaveLength(2);
    expect(field(/^Given name/).hasAttribute('aria-invalid')).toBe(false);
    expect(post).not.toHaveBeenCalled();

    // Corrected, the messages go as the user types.
    change(/^NHS number/, '943 476 5919');
    expect(errorFor(field(/^NHS number/))).toBeNull();
  });

  it('shows the API’s 400 issues in the same places', async () => {
    restore = (await renderAt('/referrals/new', () => ({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'Invalid referral', issues: [{ field: 'person.postcode', message: 'Postcode is not a real postcode' }] },
    }))).restore;
    fillValidS136();
    fireEvent.click(screen.getByRole('button', { name: 'Save referral' }));
    await waitFor(() => expect(errorFor(field(/^Postcode/))).toBe('Postcode is not a real postcode'));
    expect(field(/^Postcode/).getAttribute('aria-invalid')).toBe('true');
  });

  it('sends the London arrival time as UTC and, once saved, shows the board with the new referral', async () => {
    const arrivalUtc = londonLocalToUtc(ARRIVAL);
    const expected = arrivalUtc.kind === 'ok' ? arrivalUtc.iso : arrivalUtc.kind === 'ambiguous' ? arrivalUtc.first : '';
    const created = referral({ reference: 'R-2026-09999', clock: { power: 's136', startedAt: expected } });
    const fake = await renderAt('/referrals/new', () => ({ status: 201, body: created }));
    restore = fake.restore;
    fillValidS136();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save referral' })));

    const sent = fake.calls.find((c) => c.method === 'POST')?.body as { legal: { clockStartedAt: string }; person: { nhsNumber?: string } };
    expect(sent.legal.clockStartedAt).toBe(expected);
    expect(sent.person.nhsNumber).toBeUndefined();
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    const row = await screen.findByRole('link', { name: 'R-2026-09999' });
    expect(row.closest('[data-testid="referral-row"]')?.getAttribute('data-referral-id')).toBe(created.id);
    expect(screen.getByText('Referral R-2026-09999 created.')).toBeTruthy();
  });

  it('asks to confirm a start longer ago than the power can run, and shows the police station conditions when it is one', async () => {
    const post = jest.fn(() => ({ status: 201, body: referral({}) }));
    restore = (await renderAt('/referrals/new', post)).restore;
    fillValidS136();
    expect(screen.queryByTestId('confirm-clock-start')).toBeNull();
    change(/^Arrival at place of safety/, toLondonLocalInput(Date.now() - 40 * 3600_000));
    expect(screen.getByTestId('confirm-clock-start')).toBeTruthy();
    change(/^Is the place of safety a police station/, 'yes');
    const conditions = screen.getByTestId('police-station-conditions');
    expect(within(conditions).getAllByRole('checkbox')).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'Save referral' }));
    expect(errorFor(field(/^Arrival at place of safety/))).toMatch(/confirm them/);
    expect(within(conditions).getAllByText(/s136A\(2\); Places of Safety Regulations 2017/).length).toBeGreaterThan(0);
    expect(post).not.toHaveBeenCalled();
  });
});
