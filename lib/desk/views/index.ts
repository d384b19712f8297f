/** The desk's documents and pages, one file a page (handlers/ renders them). */
export { ArticleFormView, type ArticleFormProps } from './article';
export { type DeskArticleRow, ShellView } from './articles';
export { deskDocument } from './document';
export { DeskHeader } from './parts';
export { PeopleView } from './people';
export { ProblemView } from './problem';
export { type ConflictProps, type RevisionRow, RevisionsView } from './revisions';
export { SetupView, SignInView } from './sign-in';
export { UploadForm, UploadView } from './upload';
