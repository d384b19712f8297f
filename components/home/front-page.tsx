import { SitePage } from '@/components/layout/site-page';
import { HomeJsonLd } from '@/components/seo/home-json-ld';
import { ArticleCard } from '@/components/listing/article-card';
import { LatestNews } from '@/components/listing/latest-news';
import type { Article, Section } from '@/lib/content';
import { siteConfig } from '@/lib/site-config';
import { strings } from '@/lib/strings';
import { LeadStory } from './lead-story';
import { SectionBlock } from './section-block';

interface FrontPageProps {
  /** Newest first: the first is the lead, the next three its companions, the rest "Terkini". */
  latest: Article[];
  sections: Section[];
  blocks: { section: Section; articles: Article[] }[];
}

export function FrontPage({ latest, sections, blocks }: FrontPageProps) {
  const [lead, ...others] = latest;
  const companions = others.slice(0, 3);
  const sectionName = (id: string) => sections.find((s) => s.id === id)?.name;
  return (
    <SitePage location={{ kind: 'home' }}>
      <HomeJsonLd />
      <div className="container">
        <h1 className="visually-hidden">{`${siteConfig.name}: ${siteConfig.tagline}`}</h1>
        <div className="front-page__top">
          <section className="front-page__headlines" aria-label={strings.headlineNews}>
            {lead && <LeadStory article={lead} sectionName={sectionName(lead.section)} />}
            <ul className="card-grid__grid front-page__companions">
              {companions.map((article) => (
                <li key={article.id}>
                  <ArticleCard
                    article={article}
                    variant="tile"
                    sectionName={sectionName(article.section)}
                  />
                </li>
              ))}
            </ul>
          </section>
          <div className="front-page__latest">
            <LatestNews articles={others.slice(3)} headingId="terkini" />
          </div>
        </div>
        {blocks.map(({ section, articles }) => (
          <SectionBlock key={section.id} section={section} articles={articles} />
        ))}
      </div>
    </SitePage>
  );
}
