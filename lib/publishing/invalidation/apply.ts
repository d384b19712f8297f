import { revalidatePath, revalidateTag } from 'next/cache';
import { forgetMicroCachedAnswers } from '../../http/micro-cache';
import type { InvalidationPlan } from './plan';

/**
 * Applies a plan inside a route handler (Next refuses outside a request: "static generation
 * store missing"). Tags expire at once ({ expire: 0 }): the next reader waits for a fresh
 * render rather than getting the stale copy that profile 'max' would serve once more. This
 * instance's micro-cache (lib/http/micro-cache) is emptied with them.
 */
export function applyInvalidation(plan: InvalidationPlan): void {
  for (const tag of plan.tags) revalidateTag(tag, { expire: 0 });
  for (const target of plan.paths) revalidatePath(target.path, target.type);
  forgetMicroCachedAnswers();
}
