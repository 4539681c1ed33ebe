import { assessmentCommandUrl, ReferralView } from '@amhp/contracts';
import { Browser, Page, Request } from 'playwright-core';
import { ApiSession, apiSignIn, signInThroughPage } from './support/auth';
import { launchChromium } from './support/browser';
import { HOUR, postReferral, referralInput } from './support/referrals';
import { readStack } from './support/stack';

/**
 * A board left open all day on a busy service must never be rate-limited: it applies the rows
 * pushed over the socket and makes no request per change. Measured and printed here: the HTTP
 * requests an idle board (an AMHP's and a bed manager's) makes in a busy minute, 218 changes
 * (the figure of a busy instance) made elsewhere over about sixty seconds. Only timers may ask
 * (who is on duty, once a minute), whatever the number of changes.
 */
const CHANGES = 218;
const MINUTE = 60_000;

describe('an idle board on a busy service', () => {
  let browser: Browser;
  const { baseUrl } = readStack();

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openBoard(role: 'amhp' | 'read_only'): Promise<{ page: Page; requests: Request[] }> {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' })).newPage();
    await signInThroughPage(page, baseUrl, role);
    await page.getByTestId('connection-status').filter({ hasText: /live/i }).waitFor();
    await page.getByTestId('board').waitFor();
    // Let the first page's loads settle before counting.
    await page.waitForLoadState('networkidle');
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    return { page, requests };
  }

  it(`makes no request per change while ${CHANGES} changes are made elsewhere`, async () => {
    const boards = { amhp: await openBoard('amhp'), read_only: await openBoard('read_only') };
    const worker: ApiSession = await apiSignIn(baseUrl, 'edt_worker');
    const startedAt = Date.now();

    // Half the changes are new referrals, half their screening (an assessment change), spread
    // over a minute (or as fast as the API takes them, if slower).
    let made = 0;
    const paced = async () => {
      made++;
      const due = startedAt + (made * MINUTE) / CHANGES;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    };
    const referrals: ReferralView[] = [];
    for (let i = 0; i < CHANGES / 2; i++) {
      referrals.push(await postReferral(baseUrl, referralInput('s136', 2 * HOUR, `Busy${i}`), worker));
      await paced();
    }
    for (const referral of referrals) {
      await paced();
      const response = await fetch(`${baseUrl}${assessmentCommandUrl(referral.assessmentId!, 'screen_referral')}`, {
        method: 'POST',
        headers: worker.headers(),
        body: JSON.stringify({ version: 1, decision: 'accepted', reason: 'Busy minute' }),
      });
      if (response.status !== 200) throw new Error(`screening gave ${response.status}: ${await response.text()}`);
    }
    const last = referrals[referrals.length - 1];
    for (const { page } of Object.values(boards)) {
      await page
        .locator(`[data-testid="referral-row"][data-referral-id="${last.id}"] [data-testid="board-stage"]:not([data-stage="referral_received"])`)
        .waitFor({ timeout: 30_000 });
    }
    const seconds = Math.round((Date.now() - startedAt) / 1000);
    const counts = Object.entries(boards).map(([role, { requests }]) => {
      const api = requests.filter((r) => new URL(r.url()).pathname.startsWith('/api/'));
      const paths = [...new Set(api.map((r) => new URL(r.url()).pathname.replace(/[0-9a-f-]{36}/g, ':id')))].join(', ');
      console.log(`idle board (${role}) during ${CHANGES} changes made elsewhere in ${seconds} s: ${requests.length} requests, ${api.length} to /api${paths ? ` (${paths})` : ''}`);
      return { role, api: api.map((r) => new URL(r.url()).pathname) };
    });
    for (const { api } of counts) {
      // The board applies the pushed rows; nothing is fetched per change (a timer, e.g. who is on
      // duty once a minute, may fire, whatever the number of changes).
      expect(api.filter((path) => path.startsWith('/api/referrals'))).toEqual([]);
      expect(api.length).toBeLessThanOrEqual(Math.ceil(seconds / 60) + 1);
    }
    // The AMHP's row names the person; the bed manager's (read_only) does not.
    const lastRow = (role: keyof typeof boards) => boards[role].page.locator(`[data-testid="referral-row"][data-referral-id="${last.id}"]`).textContent();
    expect(await lastRow('amhp')).toContain(`Busy${CHANGES / 2 - 1}`);
    expect(await lastRow('read_only')).not.toContain('Busy');
    expect(await lastRow('read_only')).toContain(last.reference);
  }, 240_000);
});
