import { checkRelativeFacts } from './relative-facts';
import { Relative } from './relative';

type Facts = Pick<Relative, 'relationship' | 'dateOfBirth' | 'livingWithPatientSince' | 'livingWithPatientUntil'>;
const person = { dateOfBirth: '1990-05-17' };
const today = '2026-12-03';
const found = (r: Facts) => checkRelativeFacts([r], person, today).map((i) => `${i.field}: ${i.message}`);

describe('facts about relatives checked against the calendar and the person (s26)', () => {
  it.each<[string, Facts, string[]]>([
    ['a parent born before the person', { relationship: 'father_or_mother', dateOfBirth: '1960-01-01' }, []],
    ['nobody is born in the future', { relationship: 'brother_or_sister', dateOfBirth: '2027-01-01' }, ['dateOfBirth: Date of birth cannot be in the future']],
    ['a parent born after the person is a contradiction', { relationship: 'father_or_mother', dateOfBirth: '1995-01-01' }, ['dateOfBirth: A father or mother is born before the person (1990-05-17): check the date of birth or the relationship']],
    ['a grandparent born on the person’s birthday is a contradiction', { relationship: 'grandparent', dateOfBirth: '1990-05-17' }, ['dateOfBirth: A grandparent is born before the person (1990-05-17): check the date of birth or the relationship']],
    ['a son or daughter born before the person is a contradiction', { relationship: 'son_or_daughter', dateOfBirth: '1985-01-01' }, ['dateOfBirth: A son or daughter is born after the person (1990-05-17): check the date of birth or the relationship']],
    ['a younger uncle is possible', { relationship: 'uncle_or_aunt', dateOfBirth: '1995-01-01' }, []],
    ['s26(6) living together since a future date', { relationship: 'cohabiting_partner', dateOfBirth: '1988-01-01', livingWithPatientSince: '2027-02-01' }, ['livingWithPatientSince: Living with the person since cannot be in the future']],
    ['s26(7) living together since before the relative was born', { relationship: 'lives_with_patient', dateOfBirth: '1988-01-01', livingWithPatientSince: '1980-01-01' }, ['livingWithPatientSince: Living with the person since cannot be before their own date of birth']],
    ['s26(6) stopped living together before they started', { relationship: 'cohabiting_partner', livingWithPatientSince: '2020-01-01', livingWithPatientUntil: '2019-01-01' }, ['livingWithPatientUntil: Living with the person until cannot be before the date they started']],
    ['unknown dates are never guessed', { relationship: 'father_or_mother' }, []],
  ])('%s', (_case, relative, expected) => {
    expect(found(relative)).toEqual(expected);
  });

  it('names the relative by their place in the list', () => {
    const issues = checkRelativeFacts([{ relationship: 'father_or_mother', dateOfBirth: '1960-01-01' }, { relationship: 'brother_or_sister', dateOfBirth: '2030-01-01' }], person, today);
    expect(issues.map((i) => i.index)).toEqual([1]);
  });
});
