import { Browser, Page } from 'playwright-core';
import { signInThroughPage } from './support/auth';
import { launchChromium, screenshot } from './support/browser';
import { HOUR, postReferral, referralInput } from './support/referrals';
import { readStack } from './support/stack';

describe('the live board (issue 2)', () => {
  let browser: Browser;
  let page: Page;
  const { baseUrl } = readStack();

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' });
    // The board needs a session (issue 4): the duty AMHP signs in through the sign-in page.
    await signInThroughPage(page, baseUrl, 'amhp');
    await page.getByTestId('connection-status').filter({ hasText: /live/i }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a referral posted by another client, live, with its s136 countdown', async () => {
    // A marker on window proves the row arrives over the socket, not through a reload.
    await page.evaluate(() => ((window as unknown as { e2eMarker: string }).e2eMarker = 'no reload'));
    const referral = await postReferral(baseUrl, referralInput('s136', 23 * HOUR, 'Liveboard'));
    const postedAt = Date.now();

    const row = page.locator(`[data-testid="referral-row"][data-referral-id="${referral.id}"]`);
    await row.waitFor({ timeout: 5_000 });
    console.log(`referral appeared on the board ${Date.now() - postedAt} ms after the POST returned`);

    expect(await page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe('no reload');
    await expect(row.textContent()).resolves.toContain(referral.reference);

    const countdown = row.getByTestId('deadline-countdown');
    const first = await countdown.textContent();
    expect(first).toMatch(/s136/i);
    expect(first).toMatch(/59 m|58 m|1 h/); // arrival 23 h ago: about an hour of the 24 left (s136(2A))
    await page.waitForTimeout(1_500);
    expect(await countdown.textContent()).not.toEqual(first);

    await screenshot(page, 'board-live-referral');
  });

  it('raises an alert on the board when a holding power expires (s5(4), 6 hours)', async () => {
    const referral = await postReferral(baseUrl, referralInput('s5_4', 6 * HOUR - 3_000, 'Expiring'));
    const alert = page.getByTestId('alerts-panel').getByTestId('alert-item').filter({ hasText: referral.reference });
    await alert.waitFor({ timeout: 20_000 });
    await screenshot(page, 'board-deadline-alert');
  });

  it('re-syncs after a dropped connection so nothing posted meanwhile is missed', async () => {
    await page.context().setOffline(true);
    await page.getByTestId('connection-status').filter({ hasNotText: /^live$/i }).waitFor({ timeout: 30_000 });
    const referral = await postReferral(baseUrl, referralInput('none', 0, 'Offline'));
    await page.context().setOffline(false);

    await page.getByTestId('connection-status').filter({ hasText: /live/i }).waitFor({ timeout: 30_000 });
    await page.locator(`[data-testid="referral-row"][data-referral-id="${referral.id}"]`).waitFor({ timeout: 10_000 });
  });
});
