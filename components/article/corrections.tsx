import { TimeStamp } from '@/components/time-stamp';
import type { Article } from '@/lib/content';
import { strings } from '@/lib/strings';
import styles from './corrections.module.css';

export const CORRECTIONS_ID = 'ralat';

/** Pedoman Pemberitaan Media Siber: a correction sits with the story it corrects, dated. */
export function Corrections({ corrections }: { corrections: Article['corrections'] }) {
  if (corrections.length === 0) return null;
  return (
    <section id={CORRECTIONS_ID} className={styles.box} aria-labelledby={`${CORRECTIONS_ID}-judul`}>
      <h2 id={`${CORRECTIONS_ID}-judul`} className={styles.heading}>
        {strings.correctionsHeading}
      </h2>
      <ul className={styles.list}>
        {corrections.map((correction) => (
          <li key={`${correction.date.getTime()}-${correction.text}`}>
            <TimeStamp date={correction.date} format="long" className={styles.date} />
            <p>{correction.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
