import type { ReactNode } from 'react';
import { strings } from '../../strings';
import type { ArticleFormProps } from './article';
import { describedBy, FieldProblems, fieldId, Hint } from './article-fields';

const w = strings.desk.workflow;

/** One input of a workflow step: label, hint, the input, its problems. */
function StepField({
  name,
  labelText,
  hint,
  problems,
  children,
}: {
  name: string;
  labelText: string;
  hint: string;
  problems: Map<string, string[]>;
  children: (attributes: Record<string, unknown>) => ReactNode;
}) {
  return (
    <div className={problems.has(name) ? 'desk-field desk-field--problem' : 'desk-field'}>
      <label htmlFor={fieldId(name)}>{labelText}</label>
      <Hint name={name} hint={hint} />
      {children({ id: fieldId(name), name, ...describedBy(name, problems, hint) })}
      <FieldProblems name={name} problems={problems} />
    </div>
  );
}

/**
 * An editor's steps beyond Terbitkan, in the same form (what is typed above goes with them):
 * schedule an article not live yet at a WIB date and time; on a live article, publish a dated
 * correction, or withdraw it with its public reason (required: the second thing to do before a
 * withdrawal goes through).
 */
export function WorkflowSteps({ props }: { props: ArticleFormProps }) {
  const { steps, problems } = props;
  if (!steps || !(steps.schedule || steps.correct || steps.withdraw)) return null;
  const typed = steps.typed;
  return (
    <fieldset className="desk-field desk-steps">
      <legend>{w.heading}</legend>
      {steps.schedule && (
        <div className="desk-step">
          <StepField
            name="jadwal"
            labelText={w.scheduleLabel}
            hint={w.scheduleHint}
            problems={problems}
          >
            {(attributes) => (
              <input type="datetime-local" defaultValue={typed.jadwal ?? ''} {...attributes} />
            )}
          </StepField>
          <button type="submit" name="aksi" value="jadwalkan">
            {w.schedule}
          </button>
        </div>
      )}
      {steps.correct && (
        <div className="desk-step">
          <StepField
            name="ralatBaru"
            labelText={w.correctionLabel}
            hint={w.correctionHint}
            problems={problems}
          >
            {(attributes) => (
              <textarea rows={3} defaultValue={typed.ralatBaru ?? ''} {...attributes} />
            )}
          </StepField>
          <button type="submit" name="aksi" value="ralat">
            {w.correct}
          </button>
        </div>
      )}
      {steps.withdraw && (
        <div className="desk-step">
          <StepField
            name="alasan"
            labelText={w.withdrawLabel}
            hint={w.withdrawHint}
            problems={problems}
          >
            {(attributes) => (
              <textarea rows={2} defaultValue={typed.alasan ?? ''} {...attributes} />
            )}
          </StepField>
          <button type="submit" name="aksi" value="tarik" className="desk-button--danger">
            {w.withdraw}
          </button>
        </div>
      )}
    </fieldset>
  );
}
