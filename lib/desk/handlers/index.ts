/**
 * The desk's answers, one function per route and method (app/ruang-redaksi/** call them with
 * deskDeps()), one file a concern; shared.tsx holds the checks in front of them all.
 */
export { articlePage, articleSubmit, newArticlePage, PRESENCE_MINUTES } from './article';
export { deskAsset, deskAutosaveScript, deskStylesheet } from './assets';
export { autosaveSubmit } from './autosave';
export { deskHome } from './home';
export { peopleGet, peopleSubmit } from './people';
export { bodyPreviewSubmit, formPreviewSubmit } from './preview';
export { revisionsPage, revisionsSubmit } from './revisions';
export { signInPage, signInSubmit, signOutSubmit } from './session';
export { setupPage, setupSubmit } from './setup';
export type { DeskDeps } from './shared';
export { uploadPage, uploadSubmit } from './upload';
