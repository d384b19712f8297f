import { strings } from '@/lib/strings';

/** The visible "Pratinjau" band at the top of a draft preview (never on a public page). */
export function PreviewMarker() {
  return (
    <div className="preview-marker" role="status">
      <strong className="preview-marker__label">{strings.previewMarker}</strong>
      {strings.previewNote}
    </div>
  );
}
