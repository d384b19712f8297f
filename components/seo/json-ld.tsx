import { serializeJsonLd, type JsonLd as JsonLdData } from '@/lib/seo/json-ld';

/** One <script type="application/ld+json">; the serialiser makes any text safe inside it. */
export function JsonLd({ data }: { data: JsonLdData }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
