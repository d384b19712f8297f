/**
 * A conversion worker of the WordPress import (./convert-pool.ts): maps posts and pages
 * (./unique-files.ts's mapOne, the code the run uses in-process) with the run's settings, each
 * with the attachments it names. What the run does besides mapping is handed back: the authors
 * the post named and the uploads to copy. Compiled ahead by esbuild into node_modules/.cache/warta/.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ConvertRequest, ConvertResult, WorkerSettings } from './convert-pool';
import type { ExportAttachment } from './first-pass';
import { authorIdOf, type MapContext } from './map';
import { mapOne } from './unique-files';
import { uploadsResolver } from './uploads';

const settings = workerData as WorkerSettings;
let attachments = new Map<number, ExportAttachment>();
let authors: string[] = [];
let copies: [string, string][] = [];
const uploads = uploadsResolver(settings.uploadsDir, settings.publicDir, (source, target) =>
  copies.push([source, target]),
);
const ctx: MapContext = {
  siteUrl: settings.site.siteUrl,
  attachment: (id) => attachments.get(id),
  image: (url) => uploads.image(url),
  site: settings.site,
  sections: settings.sections,
  authorOf(login) {
    authors.push(login);
    return authorIdOf(login);
  },
};

parentPort?.on('message', (request: ConvertRequest) => {
  attachments = new Map(request.attachments.map((a) => [a.id, a]));
  authors = [];
  copies = [];
  const result: ConvertResult = {
    id: request.id,
    mapped: mapOne(request.item, ctx, request.kind),
    authors,
    copies,
  };
  parentPort?.postMessage(result);
});
parentPort?.postMessage({ ready: true });
