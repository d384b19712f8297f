import type { Tag } from '@/lib/content';
import { tagPath } from '@/lib/urls';

/** Links to tag pages, as chips. */
export function TagChips({ tags }: { tags: Pick<Tag, 'name' | 'slug'>[] }) {
  return (
    <ul className="tag-chips__chips">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={tagPath(tag.name)}>{tag.name}</a>
        </li>
      ))}
    </ul>
  );
}
