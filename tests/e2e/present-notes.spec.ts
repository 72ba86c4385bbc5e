import type { Page } from '@playwright/test';
import { channelName } from '../../src/lib/present/channel';
import { editions, expect, steps, test } from './fixtures';
import { expectStage, openPresenter } from './present-helpers';

// The desktop project only: untagged tests run there (playwright.config.ts).

const notes = (page: Page) => page.locator('.notes-window');

async function openNotes(page: Page, suffix = ''): Promise<void> {
	await page.goto(`/present/notes/${suffix}`);
	await expect(notes(page)).toHaveAttribute('data-live', 'true');
}

const indexOf = (id: string) => steps.findIndex((s) => s.id === id);

test('N opens the notes window on the current step, with its notes, the next stage and a clock', async ({
	page
}) => {
	const step = steps.find((s) => s.presenterNote && s.index < steps.length - 1)!;
	await openPresenter(page, `#step-${step.id}`);
	const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('n')]);
	await expect(popup).toHaveURL(new RegExp(`/present/notes/#step-${step.id}$`));
	await expect(notes(popup)).toHaveAttribute('data-live', 'true');
	await expect(notes(popup)).toHaveAttribute('data-active-step', step.id);
	await expect(popup.locator('.presenter-note')).toHaveText(step.presenterNote!);
	await expect(popup.locator('.preview')).toHaveAttribute('data-preview-step', steps[step.index + 1]!.id);
	await expect(popup.locator('.elapsed')).toHaveText(/^\d+:\d\d$/);
	await expect(popup.locator('.counter')).toContainText(`${step.index + 1} / ${steps.length}`);
});

test('the notes window follows the stage, and the stage follows the notes window', async ({
	page,
	context
}) => {
	await openPresenter(page, '#step-gdp-baseline');
	const notesPage = await context.newPage();
	await openNotes(notesPage);
	// The notes window asks where the stage is when it opens.
	await expect(notes(notesPage)).toHaveAttribute('data-active-step', 'gdp-baseline');

	await page.keyboard.press('ArrowRight');
	await expect(notes(notesPage)).toHaveAttribute('data-active-step', 'gdp-collapse');
	await expect(notesPage.locator('.preview')).toHaveAttribute('data-preview-step', 'gdp-rebound');

	await notesPage.keyboard.press('ArrowRight');
	await notesPage.keyboard.press('ArrowRight');
	await expect(notes(notesPage)).toHaveAttribute('data-active-step', 'gdp-generals');
	await expectStage(page, indexOf('gdp-generals'));
	await expect(page).toHaveURL(/#step-gdp-generals$/);

	await notesPage.getByRole('button', { name: /Previous/ }).click();
	await expectStage(page, indexOf('gdp-rebound'));

	await notesPage.keyboard.press('End');
	await expectStage(page, steps.length - 1);
	await expect(notesPage.locator('.the-end')).toBeVisible();
});

test('the go-to field in the notes window keeps its keys, and Enter jumps there', async ({
	page,
	context
}) => {
	await openPresenter(page);
	const notesPage = await context.newPage();
	await openNotes(notesPage);
	const field = notesPage.getByLabel('Go to step');
	await field.click();
	await field.pressSequentially('12');
	await notesPage.keyboard.press('ArrowRight');
	await notesPage.keyboard.press('End');
	await expect(notes(notesPage)).toHaveAttribute('data-active-step', steps[0]!.id);
	await notesPage.keyboard.press('Enter');
	await expect(notes(notesPage)).toHaveAttribute('data-active-step', steps[11]!.id);
	await expectStage(page, 11);
	await expect(field).toHaveValue('');

	await field.fill('soon');
	await notesPage.keyboard.press('Enter');
	expect(await field.evaluate((f: HTMLInputElement) => f.validationMessage)).toMatch(/step number from 1 to/);
	await expect(notes(notesPage)).toHaveAttribute('data-active-step', steps[11]!.id);
});

test('messages of any other shape on the channel change nothing', async ({ page, context }) => {
	await openPresenter(page, '#step-gdp-baseline');
	// Another page of the same site, which the presenter does not run on, posts to its channel.
	const other = await context.newPage();
	await other.goto('/');
	const answer = await other.evaluate(async (name) => {
		const channel = new BroadcastChannel(name);
		channel.postMessage({ kind: 'go', id: 'gdp-collapse' });
		const junk: unknown[] = [
			{ kind: 'go', id: 'no-such-step' },
			{ kind: 'go', id: 'gdp-rebound', extra: 1 },
			{ kind: 'go', id: ['gdp-rebound'] },
			{ kind: 'go', id: 'GDP-REBOUND' },
			{ kind: 'Go', id: 'gdp-rebound' },
			{ kind: 'go' },
			['go', 'gdp-rebound'],
			'go gdp-rebound',
			null,
			{ kind: 'go', id: '__proto__' },
			{ kind: 'go', id: 'x'.repeat(100_000) }
		];
		for (const message of junk) channel.postMessage(message);
		// Messages arrive in order: the answer to this hello comes after the junk was handled.
		const reply = new Promise<unknown>((resolve) => (channel.onmessage = (e) => resolve(e.data)));
		channel.postMessage({ kind: 'hello' });
		const data = await reply;
		channel.close();
		return data;
	}, channelName('/present/'));
	expect(answer).toEqual({ kind: 'go', id: 'gdp-collapse' });
	await expectStage(page, indexOf('gdp-collapse'));
});

/** Other presenters on the same origin: each must keep a channel of its own. */
const otherPresenters = [
	{ name: 'the copy under a sub-path', notes: '/news/maduro/present/notes/' },
	{ name: 'the Spanish edition', notes: `${editions[1]!.path}present/notes/` }
];

for (const other of otherPresenters) {
	test(`${other.name} keeps its own channel`, async ({ page, context }) => {
		await openPresenter(page, '#step-gdp-baseline');
		const otherNotes = await context.newPage();
		await otherNotes.goto(`${other.notes}#step-gdp-rebound`);
		await expect(notes(otherNotes)).toHaveAttribute('data-live', 'true');
		await otherNotes.keyboard.press('ArrowRight');
		await expect(notes(otherNotes)).toHaveAttribute('data-active-step', 'gdp-generals');
		// This stage's own notes window, opened now, hears this stage (not the other one), still where it was.
		const ownNotes = await context.newPage();
		await openNotes(ownNotes);
		await expect(notes(ownNotes)).toHaveAttribute('data-active-step', 'gdp-baseline');
		await expectStage(page, indexOf('gdp-baseline'));
	});
}

test('when the browser blocks the notes window, the stage says so and links to it', async ({ page }) => {
	await page.addInitScript(() => {
		window.open = () => null;
	});
	await openPresenter(page);
	await page.keyboard.press('n');
	await expect(page.locator('.blocked')).toBeVisible();
	await expect(page.locator('.blocked a')).toHaveAttribute('href', '/present/notes/');
	await expectStage(page, 0);
});
