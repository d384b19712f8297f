/** The statuses the request gate answers itself, each with a document of the site's own. */
export const GATE_STATUSES = [400, 404, 405] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];

/** Where the gate's document for a status is rendered (app/%5Fwarta/galat/[code]). */
export function gateDocumentPath(status: GateStatus): string {
  return `/_warta/galat/${status}`;
}

/** What a reader URL answers to; anything else gets 405 with this list. */
export const READER_METHODS = 'GET, HEAD';
