import type { Budget, TemplateName } from './budgets';
import type { TemplateMeasure } from './measure';

const KB = 1024;
export const kb = (bytes: number) => (bytes / KB).toFixed(1);

export interface Overrun {
  template: string;
  what: keyof Budget;
  measured: number;
  budget: number;
}

/** The measured value of each budgeted quantity, in KB. */
export function measuredKb(m: TemplateMeasure): Record<keyof Budget, number> {
  return {
    html: m.html.gzip / KB,
    css: m.css.gzip / KB,
    js: m.js.gzip / KB,
    frameworkJs: m.frameworkJs.gzip / KB,
    fonts: m.fonts / KB,
  };
}

export function overruns(
  measures: TemplateMeasure[],
  budgets: Record<TemplateName, Budget>,
): Overrun[] {
  return measures.flatMap((m) => {
    const budget = budgets[m.name as TemplateName];
    const measured = measuredKb(m);
    return (Object.keys(budget) as (keyof Budget)[])
      .filter((what) => measured[what] > budget[what])
      .map((what) => ({ template: m.name, what, measured: measured[what], budget: budget[what] }));
  });
}

const cell = (value: number, limit: number) =>
  `${value.toFixed(1)} / ${limit}${value > limit ? ' ✗' : ''}`;

/** A Markdown table: measured / budget in each cell, for the terminal and the README alike. */
export function budgetTable(
  measures: TemplateMeasure[],
  budgets: Record<TemplateName, Budget>,
): string {
  const rows = measures.map((m) => {
    const b = budgets[m.name as TemplateName];
    const v = measuredKb(m);
    return [
      `${m.name} \`${m.path.length > 28 ? `${m.path.slice(0, 27)}…` : m.path}\``,
      String(m.status),
      cell(v.html, b.html),
      cell(v.css, b.css),
      cell(v.js, b.js),
      cell(v.frameworkJs, b.frameworkJs),
      String(m.inlineScripts),
      cell(v.fonts, b.fonts),
    ];
  });
  const head = [
    'Template',
    'Status',
    'HTML',
    'CSS',
    'JS total',
    'Framework JS',
    'Inline scripts',
    'Fonts',
  ];
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
