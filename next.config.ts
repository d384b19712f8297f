import path from 'node:path';
import type { NextConfig } from 'next';
import { cacheControl } from './lib/http/cache-control';
import { securityHeaders } from './lib/http/security-headers';

/**
 * Several instances (`npm run cluster`): one shared cache on Redis instead of each process's
 * memory and disk, so a page rendered or revalidated on one instance is fresh on all.
 */
const sharedCache: NextConfig = process.env.WARTA_REDIS_URL
  ? {
      cacheHandler: path.join(process.cwd(), 'lib/cache/redis-cache-handler.mjs'),
      cacheMaxMemorySize: 0,
    }
  : {};

/** A content folder named by WARTA_CONTENT_DIR inside the project, as a tracing exclude. */
function contentDirExcluded(): string[] {
  const dir = process.env.WARTA_CONTENT_DIR?.trim();
  if (!dir) return [];
  const relative = path.relative(process.cwd(), path.resolve(process.cwd(), dir));
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return [];
  return [`${relative.split(path.sep).join('/')}/**`];
}

const nextConfig: NextConfig = {
  ...sharedCache,
  // Separate build folders let a fixture corpus be built beside the real one (tests do this).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Every instance of one deployment is built once with one id (asset URLs, skew protection).
  deploymentId: process.env.WARTA_DEPLOYMENT_ID || undefined,
  // Behind a front cache that compresses (deploy/nginx), gzip in Node only costs the event loop.
  compress: process.env.WARTA_COMPRESS !== 'off',
  poweredByHeader: false,
  // Content, the store's files (.data/) and the benchmark's archives (bench-content/) are read at
  // run time, never part of the server's code. The paths that reach them carry `turbopackIgnore`
  // (lib/content/paths.ts), so tracing does not see them; this keeps them out should one not.
  outputFileTracingExcludes: {
    '*': ['content/**', '.data/**', 'bench-content/**', ...contentDirExcluded()],
  },
  reactStrictMode: true,
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [640, 828, 1080, 1280, 1600],
    imageSizes: [96, 160, 256, 384],
    qualities: [70, 75],
    minimumCacheTTL: 31536000,
  },
  // Pages revalidate every few minutes; a CDN may serve a stale copy for at most a day meanwhile.
  expireTime: 86400,
  async headers() {
    return [
      // '/(.*)' rather than '/:path*': a named parameter makes Next compile every header value
      // that holds a colon (the CSP's "data:") with path-to-regexp on every request to a nested
      // path (the article's CPU profile: 2.6 % of a cached answer); an unnamed group is dropped.
      { source: '/(.*)', headers: securityHeaders },
      {
        // Stylesheet, fonts and script named by their content hash (scripts/dev/build-assets.ts).
        source: '/assets/:path*',
        headers: [{ key: 'Cache-Control', value: cacheControl.fingerprinted }],
      },
      {
        source: '/images/:path*',
        headers: [{ key: 'Cache-Control', value: cacheControl.publicImages }],
      },
    ];
  },
};

export default nextConfig;
