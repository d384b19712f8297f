import type { Section } from '@/lib/content';
import { strings } from '@/lib/strings';
import { sectionPath } from '@/lib/urls';
import { homeCurrent, sectionCurrent, type NavLocation } from './nav-location';

interface SectionLinksProps {
  sections: Section[];
  location: NavLocation;
  className?: string;
}

/** Beranda plus one link per section, the current one marked. Shared by the bar and the menu. */
export function SectionLinks({ sections, location, className }: SectionLinksProps) {
  return (
    <ul className={className}>
      <li>
        <a href="/" aria-current={homeCurrent(location)}>
          {strings.home}
        </a>
      </li>
      {sections.map((section) => (
        <li key={section.id}>
          <a href={sectionPath(section.id)} aria-current={sectionCurrent(location, section.id)}>
            {section.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
