import { Browser, Page } from 'playwright-core';
import { signInThroughPage } from './support/auth';
import { launchChromium, screenshot } from './support/browser';
import { readStack } from './support/stack';

/** Issue 5: an AMHP subscribes to their shifts from a secret link, and can revoke it. */
describe('calendar subscription (issue 5)', () => {
  let browser: Browser;
  let page: Page;
  const { baseUrl } = readStack();

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' });
    await signInThroughPage(page, baseUrl, 'amhp');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates the link, shows it once with copy buttons, and the feed holds the AMHP’s shifts; revoking stops it', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
    await page.locator('[data-testid="calendar-status"][data-active="false"]').waitFor();
    await page.getByTestId('calendar-create').click();
    const mine = page.getByTestId('calendar-url-mine');
    await mine.waitFor();
    const url = await mine.getByRole('textbox').inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/[^/]+\/my-shifts\.ics$/);
    expect(await page.getByTestId('calendar-url-team').count()).toBeGreaterThanOrEqual(2);
    await mine.getByRole('button', { name: /^Copy/ }).click();
    await screenshot(page, 'calendar-link');

    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('TZID:Europe/London');
    // Alex Morgan (the demo AMHP) is on the demo rota every other week.
    expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThan(0);

    const teamUrl = await page.getByTestId('calendar-url-team').first().getByRole('textbox').inputValue();
    expect((await fetch(teamUrl)).status).toBe(200);

    // Reloading the page shows that a link is active, never the secret again.
    await page.reload();
    await page.locator('[data-testid="calendar-status"][data-active="true"]').waitFor();
    expect(await page.getByTestId('calendar-url-mine').count()).toBe(0);

    await page.getByRole('button', { name: 'Revoke…' }).click();
    await page.getByRole('button', { name: 'Yes, revoke it' }).click();
    await page.locator('[data-testid="calendar-status"][data-active="false"]').waitFor();
    expect((await fetch(url)).status).toBe(404);
  });
});
