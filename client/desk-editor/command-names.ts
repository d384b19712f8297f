/**
 * The body editor's toolbar commands by name (the buttons' `data-perintah`, their Indonesian names
 * in lib/strings/desk-editor.ts) and the standard shortcuts among them. Free of CodeMirror, so
 * the server's view (lib/desk/views/body-editor.tsx) renders the buttons from the same list the
 * script runs (./commands.ts).
 */
export const COMMAND_NAMES = [
  'tebal',
  'miring',
  'judul',
  'tautan',
  'daftar',
  'kutipan',
  'gambar',
  'baca-juga',
  'embed',
  'galeri',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

/** CodeMirror's key names: Mod is Ctrl, or Cmd on a Mac. */
export const SHORTCUTS: Partial<Record<CommandName, string>> = {
  tebal: 'Mod-b',
  miring: 'Mod-i',
  tautan: 'Mod-k',
};
