import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdownLanguage } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { COMMAND_NAMES, type CommandName, SHORTCUTS } from './command-names';
import { COMMANDS } from './commands';
import { startPreview } from './preview';
import { adoptEditorStyles } from './styles';

/**
 * The desk's body editor (bundled by scripts/dev/build-assets.ts, served by the desk on its
 * editor pages only). It layers CodeMirror 6, a plain-text editor, over the form's `Isi`
 * textarea: the textarea stays in the form, hidden, and holds exactly the editor's text after
 * every change, so the form posts the same field and the autosave script reads it as before.
 * Nothing is re-serialised: what is typed is what is stored. Without this script (or before
 * it runs) the textarea is the editor. The toolbar, the phone's tabs and the preview pane are
 * in the server's markup (lib/desk/views/body-editor.tsx), hidden until this script shows them.
 */

function enhance(root: HTMLElement) {
  const textarea = root.querySelector<HTMLTextAreaElement>('textarea[name=body]');
  const pane = root.querySelector<HTMLElement>('[data-penyunting-tulis]');
  const label = root.ownerDocument.querySelector<HTMLLabelElement>(`label[for="${textarea?.id}"]`);
  if (!textarea || !pane || !label) return;

  let synced = textarea.value;
  const changed = new Set<() => void>();
  const run = (name: CommandName) => {
    view.dispatch(COMMANDS[name](view.state));
    view.focus();
    return true;
  };
  const shortcuts = COMMAND_NAMES.flatMap((name) => {
    const key = SHORTCUTS[name];
    return key ? [{ key, run: () => run(name) }] : [];
  });

  const view = new EditorView({
    parent: pane,
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        history(),
        keymap.of([...shortcuts, ...historyKeymap, ...defaultKeymap]),
        markdownLanguage,
        syntaxHighlighting(defaultHighlightStyle),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          id: `${textarea.id}-penyunting`,
          'aria-labelledby': label.id,
          ...(textarea.getAttribute('aria-describedby')
            ? { 'aria-describedby': textarea.getAttribute('aria-describedby')! }
            : {}),
          ...(textarea.getAttribute('aria-invalid') ? { 'aria-invalid': 'true' } : {}),
          spellcheck: 'true',
          lang: root.ownerDocument.documentElement.lang || 'id',
          autocapitalize: 'sentences',
        }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          // The textarea holds what the form posts and the autosave reads: kept equal at once.
          synced = update.state.doc.toString();
          textarea.value = synced;
          textarea.dispatchEvent(new Event('input', { bubbles: true }));
          for (const listener of changed) listener();
        }),
      ],
    }),
  });

  // Someone else filled the textarea (the autosave's copy restored): the editor takes it.
  textarea.addEventListener('input', () => {
    if (textarea.value === synced) return;
    synced = textarea.value;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: synced } });
  });

  // The label names the editor now, and a click on it goes there.
  label.removeAttribute('for');
  label.addEventListener('click', () => view.focus());
  textarea.hidden = true;

  const toolbar = root.querySelector<HTMLElement>('[role=toolbar]');
  if (toolbar) {
    toolbar.setAttribute('aria-controls', view.contentDOM.id);
    const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button[data-perintah]')];
    buttons.forEach((button, i) => {
      button.tabIndex = i === 0 ? 0 : -1;
      button.addEventListener('click', () => {
        const name = button.dataset.perintah as CommandName;
        if (name in COMMANDS) run(name);
      });
    });
    // One stop in the tab order; the arrow keys, Home and End move along the toolbar.
    toolbar.addEventListener('keydown', (event) => {
      const at = buttons.indexOf(event.target as HTMLButtonElement);
      if (at < 0) return;
      const next =
        event.key === 'ArrowRight'
          ? (at + 1) % buttons.length
          : event.key === 'ArrowLeft'
            ? (at - 1 + buttons.length) % buttons.length
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? buttons.length - 1
                : -1;
      if (next < 0) return;
      event.preventDefault();
      buttons[at]!.tabIndex = -1;
      buttons[next]!.tabIndex = 0;
      buttons[next]!.focus();
    });
    toolbar.hidden = false;
  }

  adoptEditorStyles(root.ownerDocument);
  startPreview(root, () => view.state.doc.toString(), changed);
  root.classList.add('desk-editor--aktif');
}

for (const root of document.querySelectorAll<HTMLElement>('[data-penyunting]')) enhance(root);
