import { createHash } from 'node:crypto';

/**
 * The desk's own small stylesheet, served at deskPaths.stylesheet. It is not one of the
 * components' .css files on purpose: the asset build bundles those into the readers' stylesheet,
 * and nothing of the desk may reach reader pages. One column on a phone (390 px), wider tables
 * scroll inside their box; system fonts (no downloads). Secondary text is #595959 (7:1 on
 * white), not the system's GrayText (under 4.5:1 in Chromium).
 */
export const DESK_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;color-scheme:light dark;scroll-padding-bottom:6rem}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:Canvas;color:CanvasText}
a{color:#b3121b}
@media (prefers-color-scheme:dark){a{color:#ff8a8f}}
.desk-skip{position:absolute;left:-9999px}
.desk-skip:focus{left:1rem;top:1rem;background:Canvas;padding:.5rem;z-index:1}
.desk-header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding:.75rem 1rem;border-bottom:3px solid #b3121b}
.desk-header__title{margin:0;font-size:1.25rem}
.desk-header__title a{color:inherit;text-decoration:none}
.desk-nav{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.desk-nav form{margin:0}
.desk-main{max-width:64rem;margin:0 auto;padding:1rem}
.desk-main--narrow{max-width:26rem}
.desk-main h1{font-size:1.5rem;margin:.5rem 0 1rem}
.desk-main h2{font-size:1.2rem;margin:2rem 0 .75rem}
.desk-note,.desk-hint,.desk-preview figcaption{color:#595959}
@media (prefers-color-scheme:dark){.desk-note,.desk-hint,.desk-preview figcaption{color:#b8b8b8}}
.desk-notice,.desk-problem{padding:.75rem 1rem;border-radius:.25rem;margin:0 0 1rem}
.desk-notice{background:#e7f4ea;color:#14361f}
.desk-problem{background:#fde8e8;color:#5c0b0b}
.desk-form{display:grid;gap:.75rem;margin:0 0 1rem}
.desk-form label{display:grid;gap:.25rem;font-weight:600}
.desk-form--inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
input,select,button,textarea{font:inherit}
input,select,textarea{width:100%;min-height:2.75rem;padding:.5rem;border:1px solid GrayText;border-radius:.25rem;background:Field;color:FieldText}
.desk-form--inline select{width:auto}
button{min-height:2.75rem;padding:.5rem 1rem;border:0;border-radius:.25rem;background:#b3121b;color:#fff;font-weight:600;cursor:pointer}
button.desk-button--quiet{background:transparent;color:inherit;border:1px solid GrayText}
textarea{min-height:6rem;line-height:1.5;resize:vertical}
.desk-article textarea[name=body]{min-height:24rem;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9375rem}
.desk-field{display:grid;gap:.25rem;margin:0;min-width:0}
.desk-field label,.desk-field legend,.desk-field__label{font-weight:600}
fieldset.desk-field{border:1px solid GrayText;border-radius:.25rem;padding:.75rem;gap:.5rem}
.desk-form label.desk-check{display:flex;gap:.5rem;align-items:center;font-weight:400}
.desk-check input{width:auto;min-height:1.5rem;min-width:1.5rem}
.desk-hint{font-size:.875rem;font-weight:400}
.desk-field-problems{margin:0;padding:.25rem .5rem .25rem 1.5rem;background:#fde8e8;color:#5c0b0b;border-radius:.25rem}
.desk-field--problem input,.desk-field--problem textarea,.desk-field--problem select{border:2px solid #b3121b}
.desk-actions{display:flex;flex-wrap:wrap;gap:.5rem;position:sticky;bottom:0;padding:.75rem 0;background:Canvas;border-top:1px solid GrayText}
.desk-button-link{display:inline-block;padding:.5rem 1rem;border-radius:.25rem;background:#b3121b;color:#fff;font-weight:600;text-decoration:none}
button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.desk-table-box{overflow-x:auto}
.desk-table{width:100%;border-collapse:collapse}
.desk-table th,.desk-table td{text-align:left;padding:.5rem;border-bottom:1px solid GrayText;vertical-align:top}
.desk-links{display:flex;flex-wrap:wrap;gap:.5rem 1rem}
.desk-step{display:flex;flex-wrap:wrap;align-items:end;gap:.5rem 1rem}
.desk-step>.desk-field{flex:1 1 20rem}
.desk-button--danger{border:2px solid #b3121b}
.desk-presence{padding:.5rem 1rem;border-left:4px solid #1a5fb4;background:#e8f0fb;color:#0d2a52}
.desk-conflict{border:2px solid #b3121b;border-radius:.25rem;padding:0 1rem 1rem;margin:0 0 1rem}
.desk-conflict textarea{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.desk-diff{overflow-x:auto;padding:.5rem;border:1px solid GrayText;border-radius:.25rem;font-size:.875rem;white-space:pre-wrap;word-break:break-word}
.desk-diff span,.desk-diff del,.desk-diff ins{display:block;text-decoration:none;min-height:1.5em}
.desk-diff del{background:#fde8e8;color:#5c0b0b}
.desk-diff ins{background:#e7f4ea;color:#14361f}
.desk-upload-preview{max-width:100%;height:auto}
.desk-status{display:inline-block;padding:0 .4rem;border-radius:.25rem;border:1px solid GrayText;font-size:.875rem;white-space:nowrap}
.desk-editor__toolbar:not([hidden]),.desk-editor__tabs:not([hidden]){display:flex;flex-wrap:wrap;gap:.25rem}
.desk-editor__toolbar button,.desk-editor__tabs button{padding:.25rem .75rem}
.desk-editor__tabs button[aria-pressed=true]{background:#b3121b;color:#fff;border-color:#b3121b}
.desk-editor__panes{display:grid;gap:1rem;min-width:0}
.desk-editor__page-preview{margin:.25rem 0 0;display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center}
.desk-editor__write,.desk-editor__preview{min-width:0}
.desk-main .desk-editor .cm-editor{border:1px solid GrayText;border-radius:.25rem;background:Field;color:FieldText;height:28rem;max-height:75vh}
.desk-main .desk-editor .cm-editor.cm-focused{outline:3px solid #1a5fb4;outline-offset:2px}
.desk-main .desk-editor .cm-scroller{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9375rem;line-height:1.5}
.desk-main .desk-editor .cm-content{padding:.5rem 0}
.desk-editor__preview{border:1px solid GrayText;border-radius:.25rem;padding:0 1rem;height:28rem;max-height:75vh;overflow:auto}
.desk-editor__preview .desk-hint{margin:.25rem 0}
.desk-main h2.desk-editor__preview-heading{font-size:1rem;margin:.75rem 0 0}
.desk-preview{font-family:Georgia,"Times New Roman",serif;font-size:1.0625rem;line-height:1.6}
.desk-preview img{max-width:100%;height:auto}
.desk-preview figure{margin:1rem 0}
.desk-preview figcaption{font-size:.875rem}
.desk-preview .read-also{display:block;border-left:4px solid #b3121b;padding:.25rem .75rem;margin:1rem 0}
.desk-preview .embed{border:1px solid GrayText;border-radius:.25rem;padding:.5rem .75rem}
.desk-preview .embed__load{display:none}
.desk-preview blockquote{margin:1rem 0;padding-left:1rem;border-left:4px solid GrayText}
.desk-preview table{border-collapse:collapse}
.desk-preview th,.desk-preview td{border:1px solid GrayText;padding:.25rem .5rem}
@media (min-width:60rem){.desk-editor--aktif .desk-editor__panes{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}.desk-editor__tabs:not([hidden]){display:none}}
@media (max-width:59.99rem){.desk-editor[data-tampil=tulis] .desk-editor__preview,.desk-editor[data-tampil=pratinjau] .desk-editor__write{display:none}}
`.trim();

/** The stylesheet's URL carries a hash of its text, so a changed sheet is fetched again. */
export const DESK_CSS_VERSION = createHash('sha256').update(DESK_CSS).digest('hex').slice(0, 12);
