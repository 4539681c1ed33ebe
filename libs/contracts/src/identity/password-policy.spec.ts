import { passwordProblems } from './password-policy';
import { can, CAPABILITIES, ROLES } from './roles';

const account = { email: 'sam.jones@exampleshire.gov.uk', displayName: 'Sam Jones' };

describe('the password policy', () => {
  it.each(['Kestrel-harbour-41', 'correct horse lantern', 'a much longer passphrase of five words'])('accepts %s', (password) => {
    expect(passwordProblems(password, account)).toEqual([]);
  });

  it.each([
    ['eleven char', 'at least 12'],
    ['x'.repeat(129), 'at most 128'],
    ['Password1234', 'too common'],
    ['PASSWORDPASSWORD', 'too common'],
    ['Welcome!!2026!!', 'too common'],
    ['123456789012345', 'too common'],
    ['aaaaaaaaaaaaaaaa', 'too common'],
    ['sam.jones-is-here', 'username'],
    ['my name is JONES ok', 'username'],
    ['SAM.JONES@EXAMPLESHIRE.GOV.UK', 'username'],
  ])('refuses %s (%s)', (password, reason) => {
    const problems = passwordProblems(password, account);
    expect(problems.join(' ')).toContain(reason);
  });

  it('ignores very short name fragments (a two-letter name does not ban half the dictionary)', () => {
    expect(passwordProblems('Jolly-quartz-meadow-7', { email: 'jo@example.org', displayName: 'Jo Li' })).toEqual([]);
  });
});

describe('what each role can do', () => {
  it('case workers act on cases; service leads read them and the audit; administrators manage users but see no case; read_only sees the board', () => {
    expect(ROLES.filter((r) => can([r], 'case.act'))).toEqual(['amhp', 'edt_worker']);
    expect(ROLES.filter((r) => can([r], 'case.read'))).toEqual(['amhp', 'edt_worker', 'service_lead']);
    expect(ROLES.filter((r) => can([r], 'board.view'))).toEqual(['amhp', 'edt_worker', 'service_lead', 'read_only']);
    expect(ROLES.filter((r) => can([r], 'audit.view'))).toEqual(['service_lead']);
    expect(ROLES.filter((r) => can([r], 'users.manage'))).toEqual(['administrator']);
    expect(Object.keys(CAPABILITIES).filter((c) => can(['administrator'], c as keyof typeof CAPABILITIES)).sort()).toEqual(['rota.manage', 'rota.view', 'users.manage']);
  });

  it('holding several roles adds their abilities', () => {
    expect(can(['administrator', 'amhp'], 'case.act')).toBe(true);
    expect(can([], 'board.view')).toBe(false);
  });
});
