import type { Tag } from '@/lib/content';
import { tagPath } from '@/lib/urls';
import styles from './tag-chips.module.css';

/** Links to tag pages, as chips. */
export function TagChips({ tags }: { tags: Pick<Tag, 'name' | 'slug'>[] }) {
  return (
    <ul className={styles.chips}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={tagPath(tag.name)}>{tag.name}</a>
        </li>
      ))}
    </ul>
  );
}
