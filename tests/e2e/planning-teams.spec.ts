import { expect, test } from './fixtures';
import { completeFirstRun, expectNoAxeViolations, plainText } from './helpers';
import { openPlanningView, shoot, startWithExampleData, switchLanguage } from './planning-helpers';
import { addMembership, createPerson } from './register-helpers';

test('a team level changes as a dated event, planned time follows it, and a mistaken event can be deleted', async ({ page, appUrl }) => {
  test.setTimeout(180_000);
  await startWithExampleData(page, appUrl, '14');
  await createPerson(page, { name: 'Tova Teamsson' });
  await addMembership(page, { group: 'RPT ADHD/AST', start: '2026-01-01', end: '2026-12-31', allocation: '20' });

  await openPlanningView(page, 'Aktivitetsnivåer');
  await page.getByLabel('År', { exact: true }).selectOption('2026');
  const board = page.getByTestId('team-board');
  await expect(board.locator('section[data-level="HIGH"] li[data-team="RPT ADHD/AST"]')).toContainText('0,20 åa planerat');
  await expect(board.locator('section[data-level="MEDIUM"] li')).toHaveCount(17);
  await expectNoAxeViolations(page);

  // Choosing a team opens its panel; focus moves to its heading.
  await board.getByRole('button', { name: /RPT ADHD\/AST/ }).click();
  const panel = page.getByTestId('team-panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'RPT ADHD/AST' })).toBeFocused();
  await expect(panel.getByTestId('level-now')).toContainText('Högintensiv');
  const teamTime = panel.getByTestId('team-time-table');
  await expect(teamTime.locator('tr[data-month="2026-09"] [data-testid="planned-fte"]')).toHaveText('0,20');
  await expect(panel.getByTestId('team-members').locator('tr[data-person="Tova Teamsson"]')).toContainText('Som planerat');
  await expectNoAxeViolations(page);
  await shoot(page, 'teams-sv');

  // A new level from 1 July is added to the history, not written over the old one.
  const form = panel.getByTestId('set-level-form');
  await form.getByLabel('Nivå', { exact: true }).selectOption({ label: 'Lågintensiv' });
  await form.getByLabel('Gäller från').fill('2026-07-01');
  await form.getByLabel(/^Anteckning/).fill('Färre möten under hösten');
  await form.getByRole('button', { name: 'Spara nivåändringen' }).click();
  await expect(form.getByRole('status')).toHaveText('Lågintensiv gäller från 2026-07-01.');
  const history = panel.getByTestId('level-history');
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.locator('tr[data-date="2025-01-01"]')).toContainText('Högintensiv');
  await expect(history.locator('tr[data-date="2026-07-01"]')).toContainText('Färre möten under hösten');

  // Planned time follows the level month by month: 20 % for a member at "high", 5 % at "low".
  await expect(teamTime.locator('tr[data-month="2026-06"] [data-testid="planned-fte"]')).toHaveText('0,20');
  await expect(teamTime.locator('tr[data-month="2026-07"] [data-testid="planned-fte"]')).toHaveText('0,05');
  await expect(teamTime.locator('tr[data-month="2026-07"]')).toContainText('Lågintensiv');
  const region = page.getByTestId('region-time-14-table');
  await expect(region.locator('tr[data-month="2026-07"] [data-testid="planned-fte"]')).toHaveText('0,05');
  // The board places the team by the level with most days: 184 at "low" against 181 at "high".
  await expect(board.locator('section[data-level="LOW"] li[data-team="RPT ADHD/AST"]')).toContainText('0,124 åa planerat');
  await expect(board.locator('section[data-level="HIGH"] li[data-team="RPT ADHD/AST"]')).toHaveCount(0);
  // Tova keeps her 20 %: more than the level now implies.
  const deviation = page.getByTestId('deviations').locator('tr[data-person="Tova Teamsson"]');
  await expect(deviation).toContainText('RPT ADHD/AST');
  await expect(deviation).toContainText('mer');
  await expectNoAxeViolations(page);
  await shoot(page, 'teams-changed-sv');

  // The mistaken event is deleted (a tombstone): back to "high" all year.
  await history
    .locator('tr[data-date="2026-07-01"]')
    .getByRole('button', { name: /Ta bort/ })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort nivåändringen?' });
  await expect(confirm).toContainText('Lågintensiv från 2026-07-01');
  await confirm.getByRole('button', { name: 'Ta bort nivåändringen' }).click();
  await expect(history.locator('tbody tr')).toHaveCount(1);
  await expect(teamTime.locator('tr[data-month="2026-07"] [data-testid="planned-fte"]')).toHaveText('0,20');
  await expect(board.locator('section[data-level="HIGH"] li[data-team="RPT ADHD/AST"]')).toContainText('0,20 åa planerat');
  await expect(page.getByTestId('deviations-empty')).toBeVisible();
  // the removal is confirmed where focus now is; Ctrl+Z takes it back and the board follows, then it is removed again
  await expect(page.getByTestId('level-removed-status')).toHaveText('Nivån Lågintensiv från 2026-07-01 är borttagen. Ångra med Ctrl+Z.');
  await expect(page.getByRole('heading', { name: 'Nivåhistorik' })).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('undo-status')).toContainText('Ångrat');
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(teamTime.locator('tr[data-month="2026-07"] [data-testid="planned-fte"]')).not.toHaveText('0,20');
  await history
    .locator('tr[data-date="2026-07-01"]')
    .getByRole('button', { name: /Ta bort/ })
    .click();
  await confirm.getByRole('button', { name: 'Ta bort nivåändringen' }).click();
  await expect(history.locator('tbody tr')).toHaveCount(1);

  // The expected allocation per level and role is editable: "high" members at 25 %.
  const allocations = page.getByTestId('level-allocations');
  const allocationForm = allocations.getByTestId('level-allocation-form');
  await allocationForm.getByLabel('Nivå', { exact: true }).selectOption({ label: 'Högintensiv' });
  await allocationForm.getByLabel('Roll').selectOption({ label: 'Ledamot' });
  await allocationForm.getByLabel('Tidsandel i procent').fill('25');
  await allocationForm.getByRole('button', { name: 'Spara tidsandelen' }).click();
  await expect(allocationForm.getByRole('status')).toHaveText('Högintensiv, Ledamot: 25 %.');
  expect(await plainText(allocations.locator('tr[data-level="HIGH"] td[data-role="MEMBER"]'))).toContain('25 %');
  await expect(teamTime.locator('tr[data-month="2026-03"] [data-testid="planned-fte"]')).toHaveText('0,25');
  await allocationForm.getByRole('button', { name: 'Återställ standard' }).click();
  await expect(teamTime.locator('tr[data-month="2026-03"] [data-testid="planned-fte"]')).toHaveText('0,20');

  await switchLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Activity levels' })).toBeVisible();
  await expect(board.locator('section[data-level="HIGH"] h3')).toContainText('High intensity');
  await expectNoAxeViolations(page);
  await shoot(page, 'teams-en');
});

test('with no team the board says what a team is and leads to a new RPT group or an import', async ({ page, appUrl }) => {
  await completeFirstRun(page, appUrl, 'NORRA');
  await openPlanningView(page, 'Aktivitetsnivåer');
  const empty = page.getByTestId('teams-empty');
  await expect(empty.getByRole('heading', { name: 'Inga team ännu' })).toBeVisible();
  await expect(empty).toContainText('regionalt processteam (RPT)');
  // no eight empty level columns, no "choose a team" to a board without teams
  await expect(page.getByTestId('team-board')).toHaveCount(0);
  await expect(empty.getByRole('link', { name: 'Importera register' })).toHaveAttribute('href', '#/importera');
  await expectNoAxeViolations(page);
  await switchLanguage(page, 'en');
  await expect(empty.getByRole('heading', { name: 'No teams yet' })).toBeVisible();
  await empty.getByRole('link', { name: 'New group (RPT)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New group' })).toBeVisible();
});
