import { TimeStamp } from '@/components/time-stamp';
import type { Article } from '@/lib/content';
import { strings } from '@/lib/strings';

export const CORRECTIONS_ID = 'ralat';

/** Pedoman Pemberitaan Media Siber: a correction sits with the story it corrects, dated. */
export function Corrections({ corrections }: { corrections: Article['corrections'] }) {
  if (corrections.length === 0) return null;
  return (
    <section
      id={CORRECTIONS_ID}
      className="corrections__box"
      aria-labelledby={`${CORRECTIONS_ID}-judul`}
    >
      <h2 id={`${CORRECTIONS_ID}-judul`} className="corrections__heading">
        {strings.correctionsHeading}
      </h2>
      <ul className="corrections__list">
        {corrections.map((correction) => (
          <li key={`${correction.date.getTime()}-${correction.text}`}>
            <TimeStamp date={correction.date} format="long" className="corrections__date" />
            <p>{correction.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
