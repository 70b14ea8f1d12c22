// The English interface, screen by screen and in its states, with axe counting every impact: a board with a
// revealed vote, projector mode, the method library, the agenda, the four pitch pages, the team and the about page.
import { test, expect, createWorkshop, startMethod, addNote, vote, expectAccessible } from './fixtures.js';

test('every screen in English passes axe at every impact', async ({ page }) => {
  const url = await createWorkshop(page);
  await startMethod(page, 'Brainstorming');
  for (const text of ['Lieferdienst', 'Bestellbox']) await addNote(page, text, 'Ideen');
  await vote(page, [['Anna', ['Lieferdienst', 'Bestellbox', 'Bestellbox']], ['Ben', ['Lieferdienst', 'Lieferdienst', 'Bestellbox']]], { newNames: ['Anna', 'Ben'] });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Projects' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Ranking' })).toBeVisible();
  await expectAccessible(page, 'EN board, vote revealed');

  await page.getByRole('button', { name: 'Team (2)' }).click();
  await expect(page.getByRole('dialog', { name: 'Team' })).toBeVisible();
  await expectAccessible(page, 'EN team');
  await page.getByRole('dialog', { name: 'Team' }).getByRole('button', { name: 'Close' }).click();

  // The live room's invite, with the facilitator's way to end it for everyone.
  await page.getByRole('button', { name: 'Open live room' }).click();
  const invite = page.getByRole('dialog', { name: 'Join from a phone or laptop' });
  await expect(invite.getByRole('button', { name: 'End the live room for everyone' })).toBeEnabled();
  await expect(invite.getByRole('button', { name: 'Leave the room on this device' })).toBeVisible();
  await expectAccessible(page, 'EN live invite');
  await invite.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Projector view' }).click();
  await expect(page.getByRole('button', { name: 'Leave projector view' })).toBeVisible();
  await expectAccessible(page, 'EN projector mode');
  await page.getByRole('button', { name: 'Leave projector view' }).click();

  for (const path of ['/methods', '/agenda', '/pitch', '/pitch/jury', '/pitch/rehearsal', '/pitch/handout']) {
    await page.goto(`${url}${path}`);
    await expect(page.locator('main#main')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, `EN ${path}`);
  }
  await page.goto('/about');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page, 'EN about');
});
