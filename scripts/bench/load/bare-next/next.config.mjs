/**
 * As Warta's instances run behind nginx: no compression in Node, no X-Powered-By. It is built
 * outside the project (scripts/bench/load/bare-next.ts), so nothing of Warta's (its
 * instrumentation) is picked up, with a link to the project's node_modules, which Turbopack
 * follows only inside its root.
 */
const config = { compress: false, poweredByHeader: false, turbopack: { root: '/' } };

export default config;
