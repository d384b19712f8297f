import { deskPaths } from '../../lib/desk-paths';
import {
  addPerson,
  editorId,
  expect,
  person,
  revisionNumbers,
  RUN,
  signedIn,
  t,
  test,
  isFormPost,
  bodyTextarea,
} from '../support/journey';

/**
 * Two people, two browsers, one article: both open its editor, the first saves, the second's
 * save is refused with the conflict shown (409). Nothing typed is lost: the refused person's
 * text is still in their form, the first person's is stored; pressing again saves on top.
 */

test.describe.configure({ timeout: 60_000 });

test('the second of two saves is refused (409) with the conflict shown, and both texts survive', async ({
  browser,
  baseURL,
  journeyServer,
}) => {
  const writer = person(journeyServer, 'Penulis', 'penulis-konflik');
  const editor = person(journeyServer, 'Editor', 'editor-konflik');
  await addPerson(journeyServer, writer.email, 'penulis', writer.name);
  await addPerson(journeyServer, editor.email, 'editor', editor.name);
  const body = t.article.fields.body!;

  // The writer starts a draft.
  const first = await signedIn(browser, baseURL!, writer.email);
  await first.page.goto(deskPaths.newArticle);
  const title = `Draf Bersama ${journeyServer.engine} ${RUN}`;
  await first.page.getByLabel(t.article.fields.title!, { exact: true }).fill(title);
  await first.page.getByLabel(body, { exact: true }).fill('Paragraf awal.');
  await first.page.getByRole('button', { name: t.article.save, exact: true }).click();
  await expect(first.page).toHaveURL(/\?ok=disimpan$/);
  const id = editorId(first.page);

  // Both have it open; each sees the other there.
  const second = await signedIn(browser, baseURL!, editor.email);
  await second.page.goto(deskPaths.article(id));
  await first.page.goto(deskPaths.article(id));
  await expect(
    first.page.getByText(t.article.alsoOpen(t.article.seenAgo(editor.name, 0))),
  ).toBeVisible();

  const mine = `Paragraf awal.\n\nTambahan penulis ${RUN}.`;
  const theirs = `Paragraf awal.\n\nTambahan editor ${RUN}.`;
  await first.page.getByLabel(body, { exact: true }).fill(mine);
  await second.page.getByLabel(body, { exact: true }).fill(theirs);

  await first.page.getByRole('button', { name: t.article.save, exact: true }).click();
  await expect(first.page).toHaveURL(/\?ok=disimpan$/);

  const [refused] = await Promise.all([
    second.page.waitForResponse(isFormPost),
    second.page.getByRole('button', { name: t.article.save, exact: true }).click(),
  ]);
  expect(refused.status()).toBe(409);
  await expect(second.page.getByRole('alert')).toHaveText(t.article.conflict);
  // The refused text is still in the form; the stored one is shown beside it, with the diff.
  await expect(bodyTextarea(second.page)).toHaveValue(theirs);
  const conflict = second.page.getByRole('region', { name: t.article.theirsHeading });
  await expect(conflict.getByLabel(t.article.theirsText)).toHaveValue(
    new RegExp(`Tambahan penulis ${RUN}`),
  );
  await expect(conflict.locator('del')).toContainText(`Tambahan penulis ${RUN}`);
  await expect(conflict.locator('ins')).toContainText(`Tambahan editor ${RUN}`);

  // The first person's text is what is stored.
  await first.page.goto(deskPaths.article(id));
  await expect(bodyTextarea(first.page)).toHaveValue(mine);
  const saved = await revisionNumbers(first.page, id);

  // Pressing again saves the second text on top, deliberately; the first stays a revision.
  await second.page.getByRole('button', { name: t.article.save, exact: true }).click();
  await expect(second.page).toHaveURL(/\?ok=disimpan$/);
  await expect(bodyTextarea(second.page)).toHaveValue(theirs);
  expect(await revisionNumbers(first.page, id)).toEqual([
    t.revisions.number(saved.length + 1),
    ...saved,
  ]);
  await first.context.close();
  await second.context.close();
});
