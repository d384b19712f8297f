/** An empty static page: prerendered at build, served from Next's cache. */
export default function EmptyPage() {
  return <p>Kosong.</p>;
}
