import { installFakeFetch } from '../test/fake-fetch';
import { ApiError, apiRequest } from './api-client';

describe('apiRequest: one Idempotency-Key per submission', () => {
  let fake: ReturnType<typeof installFakeFetch> | undefined;
  afterEach(() => fake?.restore());

  const keysOf = () => fake!.headers.map((h) => h['Idempotency-Key']);

  it('sends the same key when a submission is sent again after AMHP Hub was unavailable, and a new key for the next one', async () => {
    const replies = [{ status: 503, body: { statusCode: 503, message: 'AMHP Hub cannot reach its database just now' } }, { status: 201, body: { id: 'r-1' } }, { status: 201, body: { id: 'r-2' } }];
    fake = installFakeFetch({ 'POST /api/referrals': () => replies.shift()! });
    const form = { reason: 'Concern for safety' };
    await expect(apiRequest('/api/referrals', { method: 'POST', body: form })).rejects.toMatchObject({ status: 503 });
    await expect(apiRequest('/api/referrals', { method: 'POST', body: form })).resolves.toEqual({ id: 'r-1' });
    await apiRequest('/api/referrals', { method: 'POST', body: form });
    const [first, retry, next] = keysOf();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(retry).toBe(first);
    expect(next).not.toBe(first);
  });

  it('keeps the key after a network failure and while the first copy is still being carried out (409)', async () => {
    let calls = 0;
    fake = installFakeFetch({
      'POST /api/doctors': () => {
        calls += 1;
        if (calls === 1) throw new TypeError('Failed to fetch');
        if (calls === 2) return { status: 409, body: { statusCode: 409, message: 'still being carried out' } };
        return { status: 201, body: { id: 'd-1' } };
      },
    });
    const form = { name: 'Dr Example' };
    await expect(apiRequest('/api/doctors', { method: 'POST', body: form })).rejects.toBeInstanceOf(ApiError);
    await expect(apiRequest('/api/doctors', { method: 'POST', body: form })).rejects.toMatchObject({ status: 409 });
    await apiRequest('/api/doctors', { method: 'POST', body: form });
    expect(new Set(keysOf()).size).toBe(1);
  });

  it('a different body is a different submission; a refusal (400) ends the submission', async () => {
    const replies = [{ status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'x', issues: [{ field: 'name', message: 'x' }] } }, { status: 201, body: {} }, { status: 201, body: {} }];
    fake = installFakeFetch({ 'POST /api/teams': () => replies.shift()! });
    await apiRequest('/api/teams', { method: 'POST', body: { name: '' } }).catch(() => undefined);
    await apiRequest('/api/teams', { method: 'POST', body: { name: '' } });
    await apiRequest('/api/teams', { method: 'POST', body: { name: 'North' } });
    const [refused, again, other] = keysOf();
    expect(again).not.toBe(refused);
    expect(other).not.toBe(again);
  });

  it('sends no key with reads, other methods or sign-in', async () => {
    fake = installFakeFetch({ 'GET /api/referrals': () => ({ body: [] }), 'PUT /api/teams/x': () => ({ body: {} }), 'POST /api/auth/sign-in': () => ({ body: {} }) });
    await apiRequest('/api/referrals');
    await apiRequest('/api/teams/x', { method: 'PUT', body: {} });
    await apiRequest('/api/auth/sign-in', { method: 'POST', body: { email: 'a@b.example', password: 'secret' } });
    expect(keysOf()).toEqual([undefined, undefined, undefined]);
  });
});
