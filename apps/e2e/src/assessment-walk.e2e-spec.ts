import { Browser, Locator, Page } from 'playwright-core';
import { AmhpView } from '@amhp/contracts';
import { apiSignIn, signInThroughPage } from './support/auth';
import { launchChromium, screenshot } from './support/browser';
import { HOUR, postReferral, referralInput } from './support/referrals';
import { readStack } from './support/stack';

/**
 * Issue 3: the duty AMHP walks one case in the browser from referral to admission under s2:
 * screening, allocation, arranging (two doctors, one s12-approved), the assessment, the
 * medical recommendations, the nearest relative informed (s11(3)), an application the API
 * refuses (quoting the sections) and then a lawful s2 application, a bed out of area,
 * conveyance and admission. Each step must move the stage and add to the timeline.
 */
const WALK_TIMEOUT = 240_000;

/** "2026-11-25T14:30" on a London clock, for datetime-local inputs. */
function londonLocal(ms: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

describe('an assessment walked from referral to admission (issue 3)', () => {
  let browser: Browser;
  let page: Page;
  const { baseUrl } = readStack();

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, timezoneId: 'Europe/London', locale: 'en-GB' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const stage = () => page.getByTestId('case-stage');
  const form = (id: string) => page.getByTestId(`form-${id}`);

  /** Press an allowed action, fill its form, submit, and wait for the stage it leads to (alternatives separated by |). */
  async function act(command: string, formId: string, fill: (f: Locator) => Promise<void>, submit: string, expectedStage: string): Promise<void> {
    const button = page.getByTestId(`action-${command}`);
    expect(await button.getAttribute('aria-disabled')).toBeNull();
    await button.click();
    const f = form(formId);
    await f.waitFor();
    await fill(f);
    await f.getByRole('button', { name: submit, exact: true }).click();
    try {
      await page.getByTestId('case-stage').filter({ hasText: new RegExp(`^(${expectedStage})$`) }).waitFor({ timeout: 10_000 });
      await f.waitFor({ state: 'detached' });
    } catch (error) {
      await screenshot(page, `failed-${command}`);
      throw error;
    }
  }

  async function timelineCount(): Promise<number> {
    return page.getByTestId('timeline').getByTestId('timeline-event').count();
  }

  it(
    'takes an s136 referral through an s2 application to admission',
    async () => {
      // The service lead keeps the AMHP register (s114): one approved duty AMHP.
      const lead = await apiSignIn(baseUrl, 'service_lead');
      const registered = await fetch(`${baseUrl}/api/amhps`, {
        method: 'POST',
        headers: lead.headers(),
        body: JSON.stringify({ name: 'Alex Duty', approvingCouncil: 'Exampleshire County Council', approvedOn: '2025-01-06', expiresOn: '2029-12-31', team: 'Duty AMHP team' }),
      });
      expect(registered.status).toBe(201);
      const amhp = (await registered.json()) as AmhpView;

      // The referral: police s136, arrival at the place of safety two hours ago (s136(2A): 24 h).
      const referral = await postReferral(baseUrl, referralInput('s136', 2 * HOUR, 'Casewalk'));
      // The duty AMHP signs in through the sign-in page (demo account the stack seeds), then opens the board.
      await signInThroughPage(page, baseUrl, 'amhp');
      await page.getByTestId('connection-status').filter({ hasText: /live/i }).waitFor();
      const row = page.locator(`[data-testid="referral-row"][data-referral-id="${referral.id}"]`);
      await row.waitFor();
      expect(await row.getByTestId('board-stage').textContent()).toBe('Referral received');
      expect(await row.getByTestId('clock').getAttribute('data-clock-kind')).toBe('s136');

      // From the board row to the case page.
      await row.getByTestId('board-stage').click();
      await page.getByTestId('case-page').waitFor();
      expect(await stage().textContent()).toBe('Referral received');
      const s136 = page.getByTestId('case-clocks').locator('[data-testid="clock"][data-clock-kind="s136"]');
      expect(await s136.textContent()).toMatch(/2[12] h \d\d m left/);
      // Not yet allowed, and says why, naming the stage.
      const seekBed = page.getByTestId('action-seek_bed');
      expect(await seekBed.getAttribute('aria-disabled')).toBe('true');
      expect(await page.locator(`#${await seekBed.getAttribute('aria-describedby')}`).textContent()).toContain('"Referral received"');
      await screenshot(page, 'case-referral-received');

      await act(
        'screen_referral',
        'screen',
        async (f) => {
          await f.getByLabel('Decision').selectOption('accepted');
          await f.getByLabel('Reason').fill('Detained under s136; needs a Mental Health Act assessment.');
        },
        'Record screening decision',
        // Issue 5: accepting allocates the AMHP on duty for the referral's team at once, if there is one.
        'Screened|AMHP allocated',
      );
      const allocation = page.getByTestId('allocation-panel');
      await allocation.getByRole('heading', { name: /^Allocation: / }).waitFor();
      const autoAllocated = (await stage().textContent()) === 'AMHP allocated';
      // The manual choice (and reassignment) stays: the register's AMHP is chosen here.

      await act(
        'allocate_amhp',
        'allocate',
        async (f) => {
          const choice = f.getByLabel('AMHP', { exact: true });
          await choice.locator(`option[value="${amhp.id}"]`).waitFor({ state: 'attached' });
          await choice.selectOption(amhp.id);
        },
        'Allocate',
        'AMHP allocated',
      );
      expect(await page.getByTestId('amhp-name').textContent()).toBe('Alex Duty');

      const soon = Date.now() + 10 * 60_000;
      await act(
        'arrange_assessment',
        'arrange',
        async (f) => {
          await f.getByLabel('Date and time').fill(londonLocal(soon));
          await f.getByLabel('Place').fill('Exampletown Hospital place of safety');
          for (const [name, gmc, s12] of [
            ['Dr Sam Section', '7000001', true],
            ['Dr Gill Practitioner', '7000002', false],
          ] as const) {
            await page.getByText('Doctor not in the list? Add a doctor').click();
            const add = page.getByTestId('add-doctor-form');
            await add.getByLabel('Doctor’s name').fill(name);
            await add.getByLabel('GMC number').fill(gmc);
            if (s12) await add.getByLabel('Approved under s12').check();
            await add.getByRole('button', { name: 'Add doctor' }).click();
            await f.getByLabel(new RegExp(name)).waitFor();
            expect(await f.getByLabel(new RegExp(name)).isChecked()).toBe(true);
          }
        },
        'Arrange',
        'Assessment arranged',
      );

      await act('start_assessment', 'start_assessment', async () => undefined, 'Start now', 'Assessment under way');

      // Two doctors examine and recommend s2; the GP knows the person (s12(2)).
      for (const [doctor, knows] of [
        ['Dr Sam Section', false],
        ['Dr Gill Practitioner', true],
      ] as const) {
        const before = await timelineCount();
        await page.getByTestId('record-examination').click();
        const f = form('examination');
        await f.getByLabel('Doctor', { exact: true }).locator('option', { hasText: doctor }).waitFor({ state: 'attached' });
        await f.getByLabel('Doctor', { exact: true }).selectOption({ label: `${doctor} · ${doctor === 'Dr Sam Section' ? 's12 approved' : 'not s12 approved'}` });
        if (knows) await f.getByLabel(/previous acquaintance/).check();
        await f.getByLabel('Recommendation for').selectOption('s2');
        await f.getByRole('button', { name: 'Record examination' }).click();
        await f.waitFor({ state: 'detached' });
        expect(await timelineCount()).toBe(before + 1);
      }
      const exams = page.getByTestId('recommendations').getByTestId('examination');
      expect(await exams.count()).toBe(2);
      expect(await exams.first().textContent()).toContain('Yes, s12');

      // Applying now, before the AMHP has recorded seeing the person or the nearest relative is told: refused, sections quoted.
      await page.getByTestId('action-make_application').click();
      const app = form('application');
      await app.getByLabel('Section', { exact: true }).selectOption('s2');
      expect(await app.getByRole('checkbox', { name: /s2 recommendation signed/ }).count()).toBe(2);
      await app.getByRole('button', { name: 'Make application' }).click();
      const refusal = page.getByTestId('command-refused');
      await refusal.waitFor();
      const sections = await refusal.getByTestId('rule-violation').evaluateAll((items) => items.map((i) => i.getAttribute('data-section')));
      expect(sections).toEqual(expect.arrayContaining(['s11(5)', 's11(3)']));
      expect(await stage().textContent()).toBe('Assessment under way');
      await screenshot(page, 'case-application-refused');
      await app.getByRole('button', { name: 'Cancel' }).click();

      // The AMHP saw the person (s11(5)).
      await page.getByTestId('record-amhp-seen').click();
      await form('seen').getByRole('button', { name: 'Record', exact: true }).click();
      await form('seen').waitFor({ state: 'detached' });

      // The nearest relative by s26 (the mother, who lives with the person), informed of the s2 application (s11(3)).
      await page.getByTestId('record-relatives').click();
      const rel = form('relatives');
      await rel.getByLabel('Name', { exact: true }).fill('Pat Casewalk');
      await rel.getByLabel('Relationship (s26)').selectOption('father_or_mother');
      await rel.getByLabel('Date of birth').fill('1962-04-02');
      await rel.getByLabel(/Lives with or cares for/).check();
      await rel.getByRole('button', { name: 'Record relatives' }).click();
      await rel.waitFor({ state: 'detached' });
      expect(await page.getByTestId('nr-name').textContent()).toBe('Pat Casewalk');
      expect(await page.getByTestId('nr-reason').textContent()).toMatch(/s26/);
      await page.getByTestId('record-nr-contact').click();
      await form('nr-contact').getByLabel('Informed at (s11(3))').fill(londonLocal(Date.now() - 60_000));
      await form('nr-contact').getByRole('button', { name: 'Record', exact: true }).click();
      await form('nr-contact').waitFor({ state: 'detached' });
      expect(await page.getByTestId('nr-informed').textContent()).toMatch(/^Yes, /);
      await screenshot(page, 'case-before-application');

      // The lawful s2 application.
      await page.getByTestId('action-make_application').click();
      await app.getByLabel('Section', { exact: true }).selectOption('s2');
      await app.getByLabel('Hospital it is addressed to').fill('Exampletown Hospital');
      await app.getByRole('button', { name: 'Make application' }).click();
      await stage().filter({ hasText: /^Outcome recorded$/ }).waitFor();
      expect(await page.getByTestId('application-section').textContent()).toBe('s2 admission for assessment');

      await act('seek_bed', 'seek_bed', async () => undefined, 'Seeking a bed', 'Bed sought');
      await act(
        'identify_bed',
        'bed',
        async (f) => {
          await f.getByLabel('Hospital').fill('Farshire Hospital');
          await f.getByLabel('Ward').fill('Willow ward');
          await f.getByLabel('Out of area').check();
        },
        'Record bed',
        'Bed identified',
      );
      await act('arrange_conveyance', 'conveyance', async (f) => f.getByLabel('How').selectOption('ambulance').then(() => undefined), 'Arrange conveyance', 'Conveyance arranged');
      await act('admit', 'admit', async () => undefined, 'Record admission', 'Admitted');

      // s2(4): 28 days from admission now run; the s136 detention has ended.
      const s2 = page.getByTestId('case-clocks').locator('[data-testid="clock"][data-clock-kind="s2"]');
      await s2.waitFor();
      expect(await s2.textContent()).toMatch(/2[78] d \d\d h left/);
      expect(await page.getByTestId('case-clocks').locator('[data-clock-kind="s136"]').getAttribute('data-warning-level')).toBe('ended');

      const types = await page.getByTestId('timeline-event').evaluateAll((items) => items.map((i) => i.getAttribute('data-event-type')));
      const lifecycle = types.filter((t) => !['examination_recorded', 'recommendation_recorded', 'relatives_recorded', 'nearest_relative_contact_recorded', 'amhp_saw_person'].includes(t ?? ''));
      expect(lifecycle).toEqual([
        'assessment_opened',
        'referral_screened',
        // Allocated to the AMHP on duty when accepted (issue 5), then to the register's AMHP by hand.
        ...(autoAllocated ? ['amhp_allocated'] : []),
        'amhp_allocated',
        'assessment_arranged',
        'assessment_started',
        'application_made',
        'bed_sought',
        'bed_identified',
        'conveyance_arranged',
        'person_admitted',
      ]);
      expect(await page.getByTestId('timeline').textContent()).toContain('Bed identified at Farshire Hospital (out of area)');
      await screenshot(page, 'case-admitted');

      // The referral page links to its case.
      await page.getByTestId('case-person').getByRole('link', { name: referral.reference }).click();
      expect(await page.getByTestId('open-case').textContent()).toBe('Open case: Admitted');
      await page.getByTestId('open-case').click();
      await stage().filter({ hasText: /^Admitted$/ }).waitFor();

      // The board shows the new stage, live.
      await page.getByRole('link', { name: 'Back to board' }).click();
      await row.getByTestId('board-stage').filter({ hasText: 'Admitted' }).waitFor();
      expect(await row.getByTestId('clock').getAttribute('data-clock-kind')).toBe('s2');
      await screenshot(page, 'board-with-stages');
    },
    WALK_TIMEOUT,
  );
});
