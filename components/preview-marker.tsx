import { strings } from '@/lib/strings';
import styles from './preview-marker.module.css';

/** The visible "Pratinjau" band at the top of a draft preview (never on a public page). */
export function PreviewMarker() {
  return (
    <div className={styles.marker} role="status">
      <strong className={styles.label}>{strings.previewMarker}</strong>
      {strings.previewNote}
    </div>
  );
}
