import { legalRegimeOn } from '../regime/legal-regime';
import { ClockFacts, legalClocks } from './case-clocks';
import { LegalClock } from './legal-clock';

const at = (iso: string) => new Date(iso);
type Row = [kind: string, status: string, startsAt: string, expiresAt: string, endedReason?: string | null];
const summary = (clocks: LegalClock[]): Row[] =>
  clocks.map((c) => [c.kind, c.status, c.startsAt.toISOString(), c.expiresAt.toISOString(), c.endedReason]);

describe('the clocks a case runs, from its facts', () => {
  it('no facts, no clocks', () => {
    expect(legalClocks({})).toEqual([]);
  });

  it.each<[string, ClockFacts, Row[]]>([
    [
      's2(4) already detained on referral: 28 days beginning with the admission day, ending at London midnight (across the October change)',
      { s2OnReferral: { admittedAt: at('2026-10-20T14:00:00Z') } },
      [['s2', 'running', '2026-10-20T14:00:00.000Z', '2026-11-17T00:00:00.000Z', null]],
    ],
    [
      's2 on referral, then detained under s3 (s3 admission): the s2 clock stops and the s3 one runs',
      {
        s2OnReferral: { admittedAt: at('2026-10-20T14:00:00Z') },
        application: { section: 's3', madeAt: at('2026-11-10T12:00:00Z'), lastMedicalExaminationAt: at('2026-11-10T10:00:00Z') },
        admittedAt: at('2026-11-10T13:00:00Z'),
      },
      [
        ['s6_1a', 'ended', '2026-11-10T10:00:00.000Z', '2026-11-24T00:00:00.000Z', 'Admitted under s3'],
        ['s2', 'ended', '2026-10-20T14:00:00.000Z', '2026-11-17T00:00:00.000Z', 'Admitted under s3'],
        ['s3', 'running', '2026-11-10T13:00:00.000Z', '2027-05-09T23:00:00.000Z', null],
      ],
    ],
    [
      's2(4) on referral, then (wrongly) admitted under a second s2: one s2 clock, still the first admission’s 28 days',
      {
        s2OnReferral: { admittedAt: at('2026-10-20T14:00:00Z') },
        application: { section: 's2', madeAt: at('2026-11-10T12:00:00Z'), lastMedicalExaminationAt: at('2026-11-10T10:00:00Z') },
        admittedAt: at('2026-11-10T13:00:00Z'),
      },
      [
        ['s6_1a', 'ended', '2026-11-10T10:00:00.000Z', '2026-11-24T00:00:00.000Z', 'Admitted under s2'],
        ['s2', 'running', '2026-10-20T14:00:00.000Z', '2026-11-17T00:00:00.000Z', null],
      ],
    ],
    [
      's136(2A): one running clock from arrival at the place of safety',
      { s136: { startedAt: at('2026-03-28T22:00:00Z') } },
      [['s136', 'running', '2026-03-28T22:00:00.000Z', '2026-03-29T22:00:00.000Z', null]],
    ],
    [
      's136B: a lawful extension extends the clock',
      {
        s136: {
          startedAt: at('2026-03-28T22:00:00Z'),
          extension: { authorisedAt: at('2026-03-29T20:00:00Z'), authorisedByDoctorId: 'dr-a', hours: 12, reason: 'intoxication', atPoliceStation: false },
        },
      },
      [['s136', 'extended', '2026-03-28T22:00:00.000Z', '2026-03-30T10:00:00.000Z', null]],
    ],
    [
      's136B(2): an extension recorded "to find a bed" is not trusted',
      {
        s136: {
          startedAt: at('2026-03-28T22:00:00Z'),
          extension: { authorisedAt: at('2026-03-29T20:00:00Z'), authorisedByDoctorId: 'dr-a', hours: 12, reason: 'waiting_for_bed', atPoliceStation: false },
        },
      },
      [['s136', 'running', '2026-03-28T22:00:00.000Z', '2026-03-29T22:00:00.000Z', null]],
    ],
    [
      's136(2A): released after assessment ends the clock',
      { s136: { startedAt: at('2026-01-10T10:00:00Z'), endedAt: at('2026-01-10T18:00:00Z'), endedReason: 'No further action: released' } },
      [['s136', 'ended', '2026-01-10T10:00:00.000Z', '2026-01-11T10:00:00.000Z', 'No further action: released']],
    ],
    [
      's135(3ZA) then s2 admission: the s135(1) clock ends at admission, the s6(1)(a) window closes, s2(4) runs',
      {
        s135_1: { startedAt: at('2026-01-10T10:00:00Z') },
        application: { section: 's2', madeAt: at('2026-01-10T16:00:00Z'), lastMedicalExaminationAt: at('2026-01-10T14:00:00Z') },
        admittedAt: at('2026-01-10T21:00:00Z'),
      },
      [
        ['s135_1', 'ended', '2026-01-10T10:00:00.000Z', '2026-01-11T10:00:00.000Z', 'Admitted under s2'],
        ['s6_1a', 'ended', '2026-01-10T14:00:00.000Z', '2026-01-24T00:00:00.000Z', 'Admitted under s2'],
        ['s2', 'running', '2026-01-10T21:00:00.000Z', '2026-02-07T00:00:00.000Z', null],
      ],
    ],
    [
      's5(4) then s5(2) within the six hours: the nurse’s power ends at the report and the 72 h run from the nurse’s record',
      { s5_4: { recordedAt: at('2026-05-04T09:00:00Z') }, s5_2: { reportFurnishedAt: at('2026-05-04T12:00:00Z') } },
      [
        ['s5_4', 'ended', '2026-05-04T09:00:00.000Z', '2026-05-04T15:00:00.000Z', 'Doctor’s report under s5(2)'],
        ['s5_2', 'running', '2026-05-04T09:00:00.000Z', '2026-05-07T09:00:00.000Z', null],
      ],
    ],
    [
      's5(2) made after the nurse’s six hours had lapsed runs from the report (and the lapsed s5(4) shows it ended late)',
      { s5_4: { recordedAt: at('2026-05-04T09:00:00Z') }, s5_2: { reportFurnishedAt: at('2026-05-04T16:00:00Z') } },
      [
        ['s5_4', 'ended', '2026-05-04T09:00:00.000Z', '2026-05-04T15:00:00.000Z', 'Doctor’s report under s5(2)'],
        ['s5_2', 'running', '2026-05-04T16:00:00.000Z', '2026-05-07T16:00:00.000Z', null],
      ],
    ],
    [
      's5(4): the doctor arrives without making a report',
      { s5_4: { recordedAt: at('2026-05-04T09:00:00Z'), endedAt: at('2026-05-04T10:30:00Z') } },
      [['s5_4', 'ended', '2026-05-04T09:00:00.000Z', '2026-05-04T15:00:00.000Z', 'The doctor or approved clinician arrived and made no report under s5(2)']],
    ],
    [
      's6(1)(b): an s4 application waiting for admission',
      { application: { section: 's4', madeAt: at('2026-10-24T23:30:00Z'), lastMedicalExaminationAt: at('2026-10-24T23:00:00Z') } },
      [['s6_1b', 'running', '2026-10-24T23:00:00.000Z', '2026-10-25T23:00:00.000Z', null]],
    ],
    [
      's4(4): admitted under s4, 72 hours run',
      {
        application: { section: 's4', madeAt: at('2026-10-24T23:30:00Z'), lastMedicalExaminationAt: at('2026-10-24T23:00:00Z') },
        admittedAt: at('2026-10-25T03:00:00Z'),
      },
      [
        ['s6_1b', 'ended', '2026-10-24T23:00:00.000Z', '2026-10-25T23:00:00.000Z', 'Admitted under s4'],
        ['s4', 'running', '2026-10-25T03:00:00.000Z', '2026-10-28T03:00:00.000Z', null],
      ],
    ],
    [
      's4(4): a second recommendation within 72 hours makes it s2, running from the s4 admission day',
      {
        application: { section: 's4', madeAt: at('2026-10-24T23:30:00Z'), lastMedicalExaminationAt: at('2026-10-24T23:00:00Z') },
        admittedAt: at('2026-10-25T03:00:00Z'),
        s4ConvertedToS2At: at('2026-10-26T11:00:00Z'),
      },
      [
        ['s6_1b', 'ended', '2026-10-24T23:00:00.000Z', '2026-10-25T23:00:00.000Z', 'Admitted under s4'],
        ['s4', 'ended', '2026-10-25T03:00:00.000Z', '2026-10-28T03:00:00.000Z', 'Second medical recommendation received: now detained under s2 (s4(4))'],
        ['s2', 'running', '2026-10-25T03:00:00.000Z', '2026-11-22T00:00:00.000Z', null],
      ],
    ],
    [
      's4(4): a second recommendation after the 72 hours converts nothing',
      {
        application: { section: 's4', madeAt: at('2026-10-24T23:30:00Z'), lastMedicalExaminationAt: at('2026-10-24T23:00:00Z') },
        admittedAt: at('2026-10-25T03:00:00Z'),
        s4ConvertedToS2At: at('2026-10-28T03:00:00Z'),
      },
      [
        ['s6_1b', 'ended', '2026-10-24T23:00:00.000Z', '2026-10-25T23:00:00.000Z', 'Admitted under s4'],
        ['s4', 'running', '2026-10-25T03:00:00.000Z', '2026-10-28T03:00:00.000Z', null],
      ],
    ],
    [
      's20(1): admitted under s3 from s5(2): the holding power ends at admission',
      {
        s5_2: { reportFurnishedAt: at('2026-03-14T09:00:00Z') },
        application: { section: 's3', madeAt: at('2026-03-15T11:00:00Z'), lastMedicalExaminationAt: at('2026-03-15T10:00:00Z') },
        admittedAt: at('2026-03-15T12:00:00Z'),
      },
      [
        ['s5_2', 'ended', '2026-03-14T09:00:00.000Z', '2026-03-17T09:00:00.000Z', 'Admitted under s3'],
        ['s6_1a', 'ended', '2026-03-15T10:00:00.000Z', '2026-03-29T00:00:00.000Z', 'Admitted under s3'],
        ['s3', 'running', '2026-03-15T12:00:00.000Z', '2026-09-14T23:00:00.000Z', null],
      ],
    ],
    [
      'a detention that ends for good ends every clock still running',
      {
        s136: { startedAt: at('2026-01-10T10:00:00Z') },
        application: { section: 's2', madeAt: at('2026-01-10T16:00:00Z'), lastMedicalExaminationAt: at('2026-01-10T14:00:00Z') },
        detentionEnded: { at: at('2026-01-10T20:00:00Z'), reason: 'Assessment withdrawn' },
      },
      [
        ['s136', 'ended', '2026-01-10T10:00:00.000Z', '2026-01-11T10:00:00.000Z', 'Assessment withdrawn'],
        ['s6_1a', 'ended', '2026-01-10T14:00:00.000Z', '2026-01-24T00:00:00.000Z', 'Assessment withdrawn'],
      ],
    ],
  ])('%s', (_case, facts, expected) => {
    expect(summary(legalClocks(facts))).toEqual(expected);
  });

  it('s20(1) as amended by MHA 2025 s29: three months once commenced', () => {
    const facts: ClockFacts = {
      application: { section: 's3', madeAt: at('2031-03-15T11:00:00Z'), lastMedicalExaminationAt: at('2031-03-15T10:00:00Z') },
      admittedAt: at('2031-03-15T12:00:00Z'),
    };
    const clocks = legalClocks(facts, legalRegimeOn('2031-03-15', { detentionPeriods: '2031-01-01' }));
    expect(clocks.find((c) => c.kind === 's3')?.expiresAt.toISOString()).toBe('2031-06-14T23:00:00.000Z');
  });
});
