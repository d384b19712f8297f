import type { ArticleFrontmatter, Author, PageFrontmatter, Section } from './schema';

export type { Author, Section };

export interface Tag {
  name: string;
  slug: string;
}

export interface ArticleImage {
  src: string;
  alt: string;
  caption?: string;
  credit: string;
  width: number;
  height: number;
}

export type Article = Omit<ArticleFrontmatter, 'tags' | 'image'> & {
  /** The source file, relative to the project. */
  file: string;
  tags: Tag[];
  image: ArticleImage;
  /** Last real change: updatedAt when given, else publishedAt. */
  modifiedAt: Date;
  /** Sanitised HTML of the body, dateline and read-also links included. */
  bodyHtml: string;
  /** Plain text of the body, for search, reading time and feeds. */
  text: string;
  wordCount: number;
  readingMinutes: number;
};

export type Page = PageFrontmatter & { file: string; bodyHtml: string };

export interface Corpus {
  articles: Article[];
  authors: Author[];
  sections: Section[];
  pages: Page[];
}
