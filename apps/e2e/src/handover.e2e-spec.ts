import { Browser, BrowserContext, Page } from 'playwright-core';
import { apiSignIn, signInThroughPage } from './support/auth';
import { launchChromium, screenshot } from './support/browser';
import { HOUR, postReferral, referralInput } from './support/referrals';
import { fireLatestBoundary, waitForHandover } from './support/rota';
import { readStack } from './support/stack';

/**
 * Issue 5: every boundary between day duty and EDT makes a handover that the incoming team
 * acknowledges. The test fires the latest boundary's timer (the demo teams were set up after
 * it) and acknowledges the handover the worker makes as the incoming side: the EDT worker after
 * 17:00, the duty AMHP after 09:00.
 */
describe('handover (issue 5)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const { baseUrl } = readStack();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the incoming team reads the handover and acknowledges it, once', async () => {
    const reader = await apiSignIn(baseUrl, 'service_lead');
    const boundaryAt = await fireLatestBoundary();
    const handover = await waitForHandover(baseUrl, reader);
    expect(handover.boundaryAt).toBe(boundaryAt);
    const incoming = handover.direction === 'day-to-edt' ? 'edt_worker' : 'amhp';

    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' });
    page = await context.newPage();
    await signInThroughPage(page, baseUrl, incoming);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Handovers' }).click();
    const row = page.locator(`[data-testid="handover-row"][data-handover-id="${handover.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-state')).not.toBe('acknowledged');
    await row.getByRole('link').click();

    const detail = page.locator(`[data-testid="handover-page"][data-handover-id="${handover.id}"]`);
    await detail.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Handover: ${handover.fromTeam.name} → ${handover.toTeam.name}`);
    await page.getByTestId('acknowledge-handover').click();
    await page.locator(`[data-testid="handover-page"][data-state="acknowledged"]`).waitFor();
    expect(await page.getByTestId('handover-status').textContent()).toMatch(/^Acknowledged by /);
    expect(await page.getByTestId('acknowledge-handover').count()).toBe(0);
    await screenshot(page, 'handover-acknowledged');

    // A second acknowledgement is refused (409) and changes nothing.
    const again = await apiSignIn(baseUrl, incoming);
    const second = await fetch(`${baseUrl}/api/handovers/${handover.id}/acknowledge`, { method: 'POST', headers: again.headers() });
    expect(second.status).toBe(409);
    await context.close();
  });

  it('the outgoing AMHP sees the next handover with its open cases and adds a note to one', async () => {
    const referral = await postReferral(baseUrl, referralInput('s136', 2 * HOUR, 'Handover'));
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' });
    page = await context.newPage();
    await signInThroughPage(page, baseUrl, 'amhp', '/handovers');
    const upcoming = page.getByTestId('upcoming-handover');
    const item = upcoming.locator(`[data-testid="handover-case"][data-referral-id="${referral.id}"]`);
    await item.waitFor();
    await item.getByRole('textbox').fill('Police staying until the assessment; nearest relative is the sister.');
    await item.getByRole('button', { name: 'Add note' }).click();
    await item.getByTestId('handover-note').filter({ hasText: 'Police staying until the assessment' }).waitFor();
    await context.close();
  });
});
