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
  /** The body as written (Markdown); render-body.ts turns it into sanitised HTML. */
  body: string;
  /** Pixel sizes of the body's images ("/images/…"), read at ingest. */
  bodyImages: Record<string, { width: number; height: number }>;
  /** Plain text of the body, for search, reading time and feeds. */
  text: string;
  wordCount: number;
  readingMinutes: number;
};

/** A standing page; `body` is its Markdown, rendered by render-body.ts. */
export type Page = PageFrontmatter & { file: string; body: string };

export interface Corpus {
  articles: Article[];
  authors: Author[];
  sections: Section[];
  pages: Page[];
}
