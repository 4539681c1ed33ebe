import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { apiRequest } from '../../lib/api-client';
import { AuthGate } from './AuthGate';
import { fakeApi, sessionFor } from './identity-test-support';

const unauthorized = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Sign in to continue' } };
const noOidc = { body: { local: true, oidc: { enabled: false } } };

describe('the auth gate', () => {
  let restore = () => undefined as void;
  afterEach(() => {
    restore();
    document.cookie = 'amhp_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows the sign-in page (and nothing of the app) without a session, keeping the page asked for', async () => {
    window.history.replaceState(null, '', '/audit');
    const api = fakeApi({ 'GET /api/auth/me': () => unauthorized, 'GET /api/auth/config': () => noOidc });
    restore = api.restore;
    render(
      <AuthGate>
        <p>the app</p>
      </AuthGate>,
    );
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByText('the app')).toBeNull();
    expect(window.location.pathname + window.location.search).toBe('/sign-in?next=%2Faudit');
    expect(screen.queryByTestId('oidc-sign-in')).toBeNull();
  });

  it('signs in, then shows the app at the page first asked for; a later 401 brings the sign-in page back', async () => {
    window.history.replaceState(null, '', '/sign-in?next=%2Faudit');
    const session = sessionFor(['service_lead']);
    const api = fakeApi({
      'GET /api/auth/me': () => unauthorized,
      'GET /api/auth/config': () => noOidc,
      'POST /api/auth/sign-in': ({ body }) => ((body as { password: string }).password === 'right passphrase' ? { body: session } : { status: 401, body: { message: 'Email or password not recognised.' } }),
      'GET /api/referrals': () => unauthorized,
    });
    restore = api.restore;
    render(
      <AuthGate>
        <p>the app</p>
      </AuthGate>,
    );
    const email = await screen.findByLabelText('Email');
    fireEvent.change(email, { target: { value: 'lead@amhp-hub.test' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByTestId('sign-in-error')).textContent).toContain('not recognised');

    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'right passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('the app')).toBeTruthy();
    expect(window.location.pathname).toBe('/audit');

    await act(async () => {
      await apiRequest('/api/referrals').catch(() => undefined);
    });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy());
  });

  it('offers the council’s identity provider when configured, and explains an OIDC failure', async () => {
    window.history.replaceState(null, '', '/sign-in?error=oidc-no-role');
    const api = fakeApi({
      'GET /api/auth/me': () => unauthorized,
      'GET /api/auth/config': () => ({ body: { local: true, oidc: { enabled: true, label: 'Exampleshire County Council', startUrl: '/api/auth/oidc/start' } } }),
    });
    restore = api.restore;
    render(
      <AuthGate>
        <p>the app</p>
      </AuthGate>,
    );
    const button = await screen.findByTestId('oidc-sign-in');
    expect(button.textContent).toBe('Sign in with Exampleshire County Council');
    expect(button.getAttribute('href')).toBe('/api/auth/oidc/start');
    expect(screen.getByTestId('sign-in-error').textContent).toContain('not in a group');
  });

  it('an account whose password was reset must change it before anything else', async () => {
    window.history.replaceState(null, '', '/');
    const api = fakeApi({ 'GET /api/auth/me': () => ({ body: sessionFor(['amhp'], { mustChangePassword: true }) }) });
    restore = api.restore;
    render(
      <AuthGate>
        <p>the app</p>
      </AuthGate>,
    );
    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeTruthy();
    expect(screen.queryByText('the app')).toBeNull();
  });
});

describe('the API client', () => {
  let restore = () => undefined as void;
  afterEach(() => {
    restore();
    document.cookie = 'amhp_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('echoes the CSRF cookie in x-csrf-token on unsafe requests only', async () => {
    document.cookie = 'amhp_csrf=token-from-cookie; path=/';
    const api = fakeApi({ 'POST /api/x': () => ({ body: {} }), 'GET /api/x': () => ({ body: {} }) });
    restore = api.restore;
    await apiRequest('/api/x', { method: 'POST', body: {} });
    await apiRequest('/api/x');
    expect(api.requests[0].headers['X-CSRF-Token']).toBe('token-from-cookie');
    expect(api.requests[1].headers['X-CSRF-Token']).toBeUndefined();
  });

  it('turns 403 into a ForbiddenError with the API’s message', async () => {
    const api = fakeApi({ 'GET /api/users': () => ({ status: 403, body: { statusCode: 403, message: 'Your role does not allow this' } }) });
    restore = api.restore;
    await expect(apiRequest('/api/users')).rejects.toMatchObject({ name: 'ForbiddenError', status: 403, message: 'Your role does not allow this' });
  });

  it('on 429 (too many requests) says it is busy and asks again after the wait, instead of an error in place of the app', async () => {
    window.history.replaceState(null, '', '/');
    let asked = 0;
    const api = fakeApi({
      'GET /api/auth/me': () =>
        asked++ === 0
          ? { status: 429, headers: { 'retry-after-api': '0' }, body: { statusCode: 429, message: 'Too many requests: wait a minute and try again' } }
          : { body: sessionFor(['amhp']) },
    });
    restore = api.restore;
    render(
      <AuthGate>
        <p>the app</p>
      </AuthGate>,
    );
    expect((await screen.findByRole('status')).textContent).toMatch(/busy/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await screen.findByText('the app')).toBeTruthy();
    expect(asked).toBe(2);
  });
});
