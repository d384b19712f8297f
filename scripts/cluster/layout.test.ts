import { afterEach, describe, expect, it, vi } from 'vitest';
import { clusterLayout } from './layout';

describe('clusterLayout instance flags', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('starts instances with no extra flags by default', () => {
    vi.stubEnv('WARTA_INSTANCE_NODE_FLAGS', undefined);
    expect(clusterLayout().instanceNodeFlags).toEqual([]);
  });

  it('takes the flags from WARTA_INSTANCE_NODE_FLAGS, space-separated, or none', () => {
    vi.stubEnv('WARTA_INSTANCE_NODE_FLAGS', ' --max-semi-space-size=64  --max-old-space-size=512 ');
    expect(clusterLayout().instanceNodeFlags).toEqual([
      '--max-semi-space-size=64',
      '--max-old-space-size=512',
    ]);
    vi.stubEnv('WARTA_INSTANCE_NODE_FLAGS', '');
    expect(clusterLayout().instanceNodeFlags).toEqual([]);
  });
});
