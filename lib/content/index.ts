/**
 * What content is: the records' types, their schemas, the Markdown and YAML files read and
 * checked (./load.ts, ./document.ts, ./body-check.ts), the problems reported. Routes read
 * content through lib/queries. Layers (docs/layers.md): content is the lowest; it imports
 * nothing above it.
 */
export type { Article, ArticleImage, Author, Page, Section, Tag } from './types';
export type { Paginated } from '../pagination';
export { ContentValidationError, formatIssue, type ContentIssue } from './errors';
