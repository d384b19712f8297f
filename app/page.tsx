import Link from 'next/link';
import { listLatestArticles } from '@/lib/content';
import { articlePath } from '@/lib/urls';

export default async function HomePage() {
  const articles = await listLatestArticles(20);
  return (
    <main>
      <h1>Berita terkini</h1>
      <ul>
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={articlePath(a)}>{a.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
