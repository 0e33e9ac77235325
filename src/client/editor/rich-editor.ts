// Turns one <textarea data-rich-editor> into a Tiptap editor. The textarea stays in the form,
// hidden, and receives the HTML on every change, so saving is an ordinary form post and a page
// without JavaScript keeps working with the raw textarea. Settings come from the textarea:
// data-upload-url (where "Chèn ảnh" posts), the form's _csrf input (sent as X-CSRF-Token).
import { Editor } from '@tiptap/core';
import { createAsk, type Ask } from './ask.js';
import { buildExtensions } from './extensions.js';
import { createImageInserter, imageFiles, type ImageInserter, type Say } from './images.js';
import { cleanPastedHtml } from './paste.js';
import { createSubmitGuard, type SubmitGuard } from './submit-guard.js';
import { createToolbar, type Toolbar } from './toolbar.js';
import { buildTools } from './tools.js';
import { editorText } from './editor.vi.js';

const messages = editorText.editor;

let sequence = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

function readCsrfToken(form: HTMLFormElement | null): string {
  const input = form?.querySelector<HTMLInputElement>('input[name="_csrf"]');
  return input?.value ?? '';
}

function findLabel(textarea: HTMLTextAreaElement, id: string): HTMLLabelElement | null {
  const label = textarea.labels?.[0] ?? null;
  if (label && !label.id) label.id = `${id}-label`;
  return label;
}

/** The HTML the form posts: empty for an empty editor, and without the trailing empty paragraph
 * kept after a final table or image (so the caret can get below it), which would print as a gap. */
function readHtml(editor: Editor): string {
  return editor.isEmpty ? '' : editor.getHTML().replace(/(?:<p><\/p>)+$/, '');
}

interface Chrome {
  wrapper: HTMLDivElement;
  host: HTMLDivElement;
  say: Say;
  /** The textarea's own descriptions, the keyboard hint and the status line, for the editable area. */
  describedBy: string;
  noScriptHint: HTMLElement | null;
  required: boolean;
}

/** The editor's frame around the hidden textarea: the host, the status line and the keyboard hint. */
function buildChrome(textarea: HTMLTextAreaElement, id: string): Chrome {
  const wrapper = element('div', 'rich-editor');
  const host = element('div', 'rich-editor-host');
  const status = element('p', 'rich-editor-status');
  status.id = `${id}-status`;
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const hint = element('p', 'visually-hidden');
  hint.id = `${id}-keyboard-hint`;
  hint.textContent = messages.keyboardHint;
  const say: Say = (text, kind = 'info') => {
    status.textContent = text;
    status.classList.toggle('is-error', kind === 'error');
  };
  // A hidden required field would block the submit with a message nobody can see.
  const required = textarea.required;
  textarea.required = false;
  // The hint about typing HTML is for the plain textarea only: hidden, and not read out, with the editor.
  const noScriptHint = textarea.id ? document.getElementById(`${textarea.id}-hint`) : null;
  const ownDescriptions = (textarea.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter((id) => id && id !== noScriptHint?.id);
  const describedBy = [...ownDescriptions, hint.id, status.id].filter(Boolean).join(' ');
  // In the document before the editor view is made: ProseMirror measures and focuses real nodes.
  wrapper.append(host, status, hint);
  textarea.after(wrapper);
  textarea.hidden = true;
  if (noScriptHint) noScriptHint.hidden = true;
  return { wrapper, host, say, describedBy, noScriptHint, required };
}

/** Without an editor the writer still has the plain textarea. */
function restoreTextarea(textarea: HTMLTextAreaElement, chrome: Chrome) {
  chrome.wrapper.remove();
  textarea.hidden = false;
  if (chrome.noScriptHint) chrome.noScriptHint.hidden = false;
  textarea.required = chrome.required;
}

function createEditorView(
  textarea: HTMLTextAreaElement,
  id: string,
  chrome: Chrome,
  imagesOf: () => ImageInserter | undefined,
): Editor {
  const label = textarea.labels?.[0] ?? null;
  const editor: Editor = new Editor({
    element: chrome.host,
    extensions: buildExtensions(),
    content: textarea.value,
    injectCSS: false,
    editorProps: {
      attributes: {
        id: `${id}-editor`,
        class: 'rich-editor-content article-body',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(label ? { 'aria-labelledby': label.id } : { 'aria-label': messages.contentLabel }),
        'aria-describedby': chrome.describedBy,
        ...(textarea.getAttribute('aria-invalid') === 'true' ? { 'aria-invalid': 'true' } : {}),
      },
      transformPastedHTML(html) {
        const cleaned = cleanPastedHtml(html, location.origin);
        if (cleaned.droppedImages > 0) chrome.say(messages.droppedImages(cleaned.droppedImages), 'error');
        return cleaned.html;
      },
      // A picture pasted or dropped as a file (a screenshot, a photo from the desktop) is uploaded
      // like one chosen with "Chèn ảnh". Pasted text that comes with a picture of itself is text.
      handlePaste(_view, event) {
        const data = event.clipboardData;
        const files = imageFiles(data?.files);
        const images = imagesOf();
        const isText = data?.types.includes('text/html') || data?.types.includes('text/plain');
        if (!images || !data || isText || files.length === 0) return false;
        void images.insert(files);
        return true;
      },
      handleDrop(view, event, _slice, moved) {
        const files = imageFiles(event.dataTransfer?.files);
        const images = imagesOf();
        if (!images || moved || files.length === 0) return false;
        const target = view.posAtCoords({ left: event.clientX, top: event.clientY });
        if (target) editor.commands.setTextSelection(target.pos);
        void images.insert(files);
        return true;
      },
    },
  });
  return editor;
}

/**
 * Closing the dialog hands focus back to what had it; were that the text, the browser would put
 * the caret at its start. So the toolbar holds focus meanwhile, and the writer's selection is put
 * back afterwards (the dialog is modal: the document cannot have changed).
 */
function createEditorAsk(editor: Editor, toolbarOf: () => Toolbar): Ask {
  const askInDialog = createAsk();
  return async (question) => {
    const { doc, selection } = editor.state;
    if (editor.view.hasFocus()) toolbarOf().focus();
    const answer = await askInDialog(question);
    if (editor.state.doc === doc && !editor.state.selection.eq(selection)) {
      editor.view.dispatch(editor.state.tr.setSelection(selection));
    }
    return answer;
  };
}

/**
 * A refused form's error summary links to the field by its id (#bodyHtml), but the textarea is
 * hidden under the editor and cannot take focus: a link to it, or the page opened at it, puts the
 * caret in the editor instead, so "Nội dung không được để trống" leads somewhere one can type.
 */
function focusFromLinks(editor: Editor, textarea: HTMLTextAreaElement, chrome: Chrome) {
  if (!textarea.id) return;
  const target = `#${textarea.id}`;
  const focusEditor = () => {
    chrome.wrapper.scrollIntoView({ block: 'center' });
    editor.commands.focus();
  };
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (link?.getAttribute('href') !== target) return;
    event.preventDefault();
    focusEditor();
  });
  if (location.hash === target) focusEditor();
}

function wireEditor(
  editor: Editor,
  parts: { textarea: HTMLTextAreaElement; chrome: Chrome; toolbar: Toolbar; guard: SubmitGuard },
) {
  const { textarea, chrome, toolbar, guard } = parts;
  const label = textarea.labels?.[0] ?? null;
  editor.on('update', () => {
    textarea.value = readHtml(editor);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  editor.on('transaction', () => toolbar.refresh());
  editor.on('focus', () => chrome.wrapper.classList.add('is-focused'));
  editor.on('blur', () => chrome.wrapper.classList.remove('is-focused'));
  editor.view.dom.addEventListener('keydown', (event) => {
    if (event.altKey && event.key === 'F10') {
      event.preventDefault();
      toolbar.focus();
    }
  });
  // The label points at the hidden textarea; clicking it should reach the text being edited.
  label?.addEventListener('click', (event) => {
    event.preventDefault();
    editor.view.focus();
  });
  focusFromLinks(editor, textarea, chrome);
  textarea.form?.addEventListener('submit', (event) => {
    if (chrome.required && editor.isEmpty && !guard.held) {
      event.preventDefault();
      chrome.say(messages.required, 'error');
      editor.commands.focus();
    }
  });
}

export function mountRichEditor(textarea: HTMLTextAreaElement): Editor | null {
  if (textarea.dataset.richEditorMounted) return null;
  textarea.dataset.richEditorMounted = 'true';
  const id = textarea.id || `rich-editor-${++sequence}`;
  const form = textarea.form;
  findLabel(textarea, id);
  const uploadUrl = textarea.dataset.uploadUrl;
  const chrome = buildChrome(textarea, id);

  let images: ImageInserter | undefined;
  let editor: Editor;
  try {
    editor = createEditorView(textarea, id, chrome, () => images);
  } catch (error) {
    restoreTextarea(textarea, chrome);
    throw error;
  }

  let toolbar: Toolbar | undefined;
  const ask = createEditorAsk(editor, () => toolbar!);
  const guard = createSubmitGuard(form, () => chrome.say(messages.waitForUpload, 'error'));
  if (uploadUrl)
    images = createImageInserter({
      editor,
      ask,
      say: chrome.say,
      guard,
      uploadUrl,
      readCsrfToken: () => readCsrfToken(form),
    });
  toolbar = createToolbar({
    groups: buildTools({ editor, ask, chooseImage: images?.choose }),
    label: messages.toolbar,
    controls: `${id}-editor`,
    editor,
  });
  chrome.wrapper.prepend(toolbar.element);
  if (images) chrome.wrapper.append(images.fileInput);
  toolbar.refresh();
  wireEditor(editor, { textarea, chrome, toolbar, guard });
  return editor;
}
