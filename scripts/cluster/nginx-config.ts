import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RETRY_AFTER_SECONDS } from '../../lib/http/cache-control';
import { nginxUser, purgeSecret, type ClusterLayout } from './layout';

export const NGINX_TEMPLATE = 'deploy/nginx/warta.conf.template';

/** The template's variables; envsubst replaces these and leaves nginx's own $variables alone. */
function templateValues(layout: ClusterLayout): Record<string, string> {
  return {
    WARTA_NGINX_USER: nginxUser(),
    WARTA_RUN_DIR: nginxDir(layout),
    WARTA_NGINX_PORT: String(layout.nginxPort),
    WARTA_NGINX_STATIC_PORT: String(layout.nginxStaticPort),
    WARTA_INSTANCE_A_PORT: String(layout.instancePorts[0]),
    WARTA_INSTANCE_B_PORT: String(layout.instancePorts[1]),
    WARTA_PAGE_TTL: layout.pageTtl,
    WARTA_SEARCH_TTL: layout.searchTtl,
    WARTA_ERROR_TTL: layout.errorTtl,
    WARTA_RETRY_AFTER: String(RETRY_AFTER_SECONDS),
    WARTA_PURGE_SECRET: purgeSecret(layout),
  };
}

/** Where nginx's config, cache, logs and error page live. */
export function nginxDir(layout: ClusterLayout, ...parts: string[]): string {
  return path.join(layout.runDir, 'nginx', ...parts);
}

/** Renders deploy/nginx/warta.conf.template with envsubst; returns the config file's path. */
export function renderNginxConfig(layout: ClusterLayout): string {
  const values = templateValues(layout);
  const nginxDir = values.WARTA_RUN_DIR!;
  for (const dir of ['cache', 'static', 'tmp'])
    mkdirSync(path.join(nginxDir, dir), { recursive: true });
  const shellFormat = Object.keys(values)
    .map((name) => `\${${name}}`)
    .join(' ');
  const rendered = execFileSync('envsubst', [shellFormat], {
    input: readFileSync(path.join(layout.root, NGINX_TEMPLATE)),
    env: { ...process.env, ...values },
  });
  const file = path.join(nginxDir, 'nginx.conf');
  writeFileSync(file, rendered);
  execFileSync('nginx', ['-t', '-q', '-c', file, '-p', nginxDir], { stdio: 'inherit' });
  return file;
}
