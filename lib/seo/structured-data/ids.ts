import { siteConfig } from '../../site-config';
import { absoluteUrl } from '../../urls';

/** Stable @id values, so entities on different pages are recognised as the same thing. */
export const ORGANIZATION_ID = `${siteConfig.url}/#organization`;
export const WEBSITE_ID = `${siteConfig.url}/#website`;

export function pageId(path: string, fragment: string): string {
  return `${absoluteUrl(path)}#${fragment}`;
}
