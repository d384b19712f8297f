import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Separate build folders let a fixture corpus be built beside the real one (tests do this).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [390, 640, 828, 1080, 1280, 1600],
    imageSizes: [96, 160, 256, 384],
    qualities: [70, 75],
    minimumCacheTTL: 31536000,
  },
};

export default nextConfig;
