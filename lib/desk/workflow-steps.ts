import type { ContentIssue } from '../content/errors';
import { formatDateTimeWib, toIsoWib } from '../dates';
import { siteConfig } from '../site-config';
import { strings } from '../strings';
import type { FormValues, StepInputs } from './article-form';
import type { ArticleAction, Stage } from './articles';

const t = strings.desk;

/**
 * A datetime-local value ("2026-01-05T10:15", seconds allowed) read as the site's zone (WIB,
 * +07:00); undefined when it is not one.
 */
export function instantInSiteZone(value: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const at = new Date(`${match[1]}T${match[2]}:${match[3] ?? '00'}${siteConfig.utcOffset}`);
  if (Number.isNaN(at.getTime())) return undefined;
  // Date() rolls "02-30" over to March; a date that does not exist is refused instead.
  return toIsoWib(at).slice(0, 16) === `${match[1]}T${match[2]}` ? at : undefined;
}

const stepIssue = (field: string, message: string): ContentIssue => ({ file: '', field, message });

/**
 * The form's values as the workflow step makes them (the schedule as `publishedAt`, the new
 * correction appended to `corrections`, the withdrawal's date and reason), or the step's own
 * problems, each under its input (or the form as a whole for the article's stage).
 */
export function stepValues(
  action: ArticleAction,
  values: FormValues,
  steps: StepInputs,
  stage: Stage,
  siteNow: Date,
): { values: FormValues } | { issues: ContentIssue[] } {
  const w = t.workflow;
  const now = toIsoWib(siteNow);
  if (action === 'jadwalkan') {
    if (stage === 'live' || stage === 'withdrawn')
      return { issues: [stepIssue('', w.scheduleLive)] };
    const typed = steps.jadwal?.trim() ?? '';
    if (!typed) return { issues: [stepIssue('jadwal', w.scheduleMissing)] };
    const at = instantInSiteZone(typed);
    if (!at) return { issues: [stepIssue('jadwal', w.scheduleFormat)] };
    if (at <= siteNow) {
      return { issues: [stepIssue('jadwal', w.schedulePast(formatDateTimeWib(siteNow)))] };
    }
    return { values: { ...values, publishedAt: toIsoWib(at) } };
  }
  if (action === 'ralat') {
    if (stage !== 'live') return { issues: [stepIssue('', w.notLive)] };
    const text = (steps.ralatBaru ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return { issues: [stepIssue('ralatBaru', w.correctionMissing)] };
    const earlier = (values.corrections ?? '').trim();
    const corrections = `${earlier ? `${earlier}\n` : ''}${now} | ${text}`;
    return { values: { ...values, corrections, updatedAt: now } };
  }
  if (action === 'tarik') {
    if (stage === 'withdrawn') return { issues: [stepIssue('', w.alreadyWithdrawn)] };
    if (stage !== 'live') return { issues: [stepIssue('', w.notLive)] };
    const reason = (steps.alasan ?? '').replace(/\s+/g, ' ').trim();
    if (!reason) return { issues: [stepIssue('alasan', w.withdrawMissing)] };
    return { values: { ...values, 'withdrawn.date': now, 'withdrawn.reason': reason } };
  }
  return { values };
}
