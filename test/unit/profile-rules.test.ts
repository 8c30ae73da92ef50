import { expect, test } from 'vitest';
import { firstProfileProblem, profileProblems } from '../../shared/profile-rules';
import { PROFILE_MESSAGES } from '../../shared/profile-messages';
import { codeProblem } from '../../shared/doc-number';

const ok = {
  label: '',
  fullName: '互助县人民政府',
  headerText: '互助县人民政府文件',
  code: '互政',
  addressee: '',
  signers: ['张三'],
  printedBy: '',
};

test('a profile with the organ’s name (and nothing wrong elsewhere) may be saved; the red header may wait', () => {
  expect(profileProblems(ok)).toEqual({});
  expect(profileProblems({ ...ok, headerText: '', code: '', signers: [] })).toEqual({});
  expect(profileProblems({ ...ok, signers: ['欧阳·娜娜', '李四'] })).toEqual({});
});

test('every field that can be wrong is named, in Chinese', () => {
  const empty = { label: '', fullName: '', headerText: '', code: '', addressee: '', signers: [], printedBy: '' };
  expect(profileProblems(empty)).toEqual({ fullName: PROFILE_MESSAGES.fullNameMissing });
  expect(profileProblems({ ...empty, fullName: '   ' }).fullName).toBe(PROFILE_MESSAGES.fullNameMissing);
  expect(profileProblems({ ...ok, fullName: '县' }).fullName).toBe(PROFILE_MESSAGES.fullNameShort);
  expect(profileProblems({ ...ok, fullName: '123' }).fullName).toBe(PROFILE_MESSAGES.notAName);
  expect(profileProblems({ ...ok, headerText: '——' }).headerText).toBe(PROFILE_MESSAGES.notAName);
  expect(profileProblems({ ...ok, code: '互政〔' }).code).toBe(codeProblem('互政〔'));
  expect(codeProblem('互政〔')).toBeTruthy();
  expect(profileProblems({ ...ok, signers: ['张三', '李4'] }).signers).toBe(PROFILE_MESSAGES.signer('李4'));
  expect(profileProblems({ ...ok, printedBy: '...' }).printedBy).toBe(PROFILE_MESSAGES.notAName);
  expect(firstProfileProblem(empty)).toBe(PROFILE_MESSAGES.fullNameMissing);
  expect(firstProfileProblem(ok)).toBeNull();
});
