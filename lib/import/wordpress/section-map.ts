import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as yamlStringify } from 'yaml';
import type { ContentIssue } from '../../content/errors';
import { readSectionsText } from '../../content/load';
import type { Section } from '../../content/schema';
import { slugify } from '../../slug';
import { strings } from '../../strings';
import { sectionMapSchema, type SectionMap } from './map';
import type { WxrTerm } from './wxr-records';

/**
 * Which Warta section each WordPress category's posts go to: read from the editor's mapping file
 * (`--sections`), checked against content/sections.yaml, or else proposed (and shown, so it can
 * be saved and edited).
 */

const s = strings.wordpressImport;

export interface ChosenSections {
  sectionMap: SectionMap;
  /** The proposed mapping as YAML, when no file was given. */
  proposedSections?: string;
}

export function chooseSections(
  contentDir: string,
  categories: WxrTerm[],
  sectionsFile: string | undefined,
): ChosenSections {
  const sections = loadSections(contentDir);
  if (sectionsFile) return { sectionMap: readSectionMap(sectionsFile, sections) };
  const sectionMap = proposeSections(categories, sections);
  return { sectionMap, proposedSections: yamlStringify(sectionMap) };
}

function loadSections(contentDir: string): Section[] {
  const file = path.join(contentDir, 'sections.yaml');
  const issues: ContentIssue[] = [];
  const sections = existsSync(file)
    ? readSectionsText(file, readFileSync(file, 'utf8'), issues)
    : undefined;
  if (!sections) throw new Error(s.noSections(file, issues.map((i) => i.message).join('; ')));
  return sections;
}

/** Each category matched to a section of the same id or name, else the default. */
export function proposeSections(categories: WxrTerm[], sections: Section[]): SectionMap {
  const fallback = sections.find((x) => x.id === 'nasional')?.id ?? sections[0]!.id;
  const mapping: Record<string, string> = {};
  for (const category of categories) {
    const match = sections.find(
      (x) =>
        x.id === category.slug ||
        x.id === slugify(category.name) ||
        x.name.toLowerCase() === category.name.toLowerCase(),
    );
    mapping[category.slug] = match?.id ?? fallback;
  }
  return { default: fallback, categories: mapping };
}

function readSectionMap(file: string, sections: Section[]): SectionMap {
  const parsed = sectionMapSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      s.badSectionMap(
        file,
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      ),
    );
  const known = new Set(sections.map((x) => x.id));
  const unknown = [parsed.data.default, ...Object.values(parsed.data.categories)].filter(
    (id) => !known.has(id),
  );
  if (unknown.length) throw new Error(s.unknownSections(file, [...new Set(unknown)]));
  return parsed.data;
}
