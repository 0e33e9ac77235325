// Turns one <textarea data-rich-editor> into a Tiptap editor. The textarea stays in the form,
// hidden, and receives the HTML on every change, so saving is an ordinary form post and a page
// without JavaScript keeps working with the raw textarea. Settings come from the textarea:
// data-upload-url (where "Chèn ảnh" posts), the form's _csrf input (sent as X-CSRF-Token).
import { Editor } from '@tiptap/core';
import { createAsk } from './ask.js';
import { buildExtensions } from './extensions.js';
import { cleanPastedHtml } from './paste.js';
import { createSubmitGuard } from './submit-guard.js';
import { createToolbar } from './toolbar.js';
import { buildTools } from './tools.js';
import { ACCEPTED_IMAGE_TYPES, altFromFileName, checkImageFile, uploadImage } from './upload.js';

const messages = {
  toolbar: 'Định dạng nội dung',
  keyboardHint: 'Alt+F10: chuyển tới thanh công cụ; trong thanh công cụ dùng phím mũi tên, Esc để quay lại nội dung.',
  uploading: (name: string) => `Đang tải ảnh “${name}” lên, vui lòng chờ…`,
  inserted: (alt: string) => `Đã chèn ảnh “${alt}”.`,
  waitForUpload: 'Ảnh đang được tải lên. Hãy chờ tải xong rồi lưu bài.',
  required: 'Hãy nhập nội dung bài viết.',
  altTitle: 'Mô tả ảnh',
  altLabel: 'Mô tả ảnh (alt)',
  altHint: 'Câu ngắn nói ảnh thể hiện gì, cho người đọc không xem được ảnh.',
  altRequired: 'Hãy nhập mô tả ảnh.',
  droppedImages: (count: number) =>
    `Đã bỏ ${count} ảnh dán từ trang khác: cổng chỉ hiển thị ảnh của mình. Hãy lưu ảnh về máy rồi dùng nút “Chèn ảnh”.`,
} as const;

let sequence = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((file) => file.type.startsWith('image/'));
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

export function mountRichEditor(textarea: HTMLTextAreaElement): Editor | null {
  if (textarea.dataset.richEditorMounted) return null;
  textarea.dataset.richEditorMounted = 'true';
  const id = textarea.id || `rich-editor-${++sequence}`;
  const form = textarea.form;
  const label = findLabel(textarea, id);
  const uploadUrl = textarea.dataset.uploadUrl;

  const wrapper = element('div', 'rich-editor');
  const host = element('div', 'rich-editor-host');
  const status = element('p', 'rich-editor-status');
  status.id = `${id}-status`;
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const hint = element('p', 'visually-hidden');
  hint.id = `${id}-keyboard-hint`;
  hint.textContent = messages.keyboardHint;

  const say = (text: string, kind: 'info' | 'error' = 'info') => {
    status.textContent = text;
    status.classList.toggle('is-error', kind === 'error');
  };

  // A hidden required field would block the submit with a message nobody can see.
  const required = textarea.required;
  textarea.required = false;
  const describedBy = [textarea.getAttribute('aria-describedby'), hint.id, status.id].filter(Boolean).join(' ');
  // In the document before the editor view is made: ProseMirror measures and focuses real nodes.
  wrapper.append(host, status, hint);
  textarea.after(wrapper);
  textarea.hidden = true;

  const editor = new Editor({
    element: host,
    extensions: buildExtensions(),
    content: textarea.value,
    injectCSS: false,
    editorProps: {
      attributes: {
        id: `${id}-editor`,
        class: 'rich-editor-content article-body',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(label ? { 'aria-labelledby': label.id } : { 'aria-label': 'Nội dung' }),
        'aria-describedby': describedBy,
        ...(textarea.getAttribute('aria-invalid') === 'true' ? { 'aria-invalid': 'true' } : {}),
      },
      transformPastedHTML(html) {
        const cleaned = cleanPastedHtml(html, location.origin);
        if (cleaned.droppedImages > 0) say(messages.droppedImages(cleaned.droppedImages), 'error');
        return cleaned.html;
      },
      // A picture pasted or dropped as a file (a screenshot, a photo from the desktop) is uploaded
      // like one chosen with "Chèn ảnh". Pasted text that comes with a picture of itself is text.
      handlePaste(_view, event) {
        const data = event.clipboardData;
        if (!uploadUrl || !data || data.types.includes('text/html') || data.types.includes('text/plain')) return false;
        const files = imageFiles(data.files);
        if (files.length === 0) return false;
        void insertImages(files);
        return true;
      },
      handleDrop(view, event, _slice, moved) {
        const files = imageFiles(event.dataTransfer?.files);
        if (!uploadUrl || moved || files.length === 0) return false;
        const target = view.posAtCoords({ left: event.clientX, top: event.clientY });
        if (target) editor.commands.setTextSelection(target.pos);
        void insertImages(files);
        return true;
      },
    },
  });

  const ask = createAsk();
  const guard = createSubmitGuard(form, () => say(messages.waitForUpload, 'error'));

  const fileInput = element('input', 'rich-editor-file');
  fileInput.type = 'file';
  fileInput.accept = ACCEPTED_IMAGE_TYPES.join(',');
  fileInput.hidden = true;
  fileInput.tabIndex = -1;
  // No name: the chosen file is never part of the article form's own post.

  async function insertImage(file: File) {
    const problem = checkImageFile(file);
    if (problem) {
      say(problem, 'error');
      return;
    }
    const alt = await ask({
      title: messages.altTitle,
      label: messages.altLabel,
      value: altFromFileName(file.name),
      hint: messages.altHint,
      validate: (typed) => (typed.trim() ? null : messages.altRequired),
    });
    if (alt === null) {
      editor.commands.focus();
      return;
    }
    const release = guard.hold();
    say(messages.uploading(file.name));
    try {
      const result = await uploadImage({ url: uploadUrl!, file, alt: alt.trim(), csrfToken: readCsrfToken(form) });
      if (!result.ok) {
        say(result.message, 'error');
        return;
      }
      const { url, width, height } = result.image;
      editor
        .chain()
        .focus()
        .setImage({ src: url, alt: result.image.alt, ...(width ? { width } : {}), ...(height ? { height } : {}) })
        .run();
      say(messages.inserted(result.image.alt));
    } finally {
      release();
    }
  }

  async function insertImages(files: File[]) {
    for (const file of files) await insertImage(file);
  }

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void insertImage(file);
  });

  const toolbar = createToolbar({
    groups: buildTools({ editor, ask, chooseImage: uploadUrl ? () => fileInput.click() : undefined }),
    label: messages.toolbar,
    controls: `${id}-editor`,
    editor,
  });

  wrapper.prepend(toolbar.element);
  wrapper.append(fileInput);
  toolbar.refresh();

  const sync = () => {
    textarea.value = editor.isEmpty ? '' : editor.getHTML();
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  };
  editor.on('update', sync);
  editor.on('transaction', () => toolbar.refresh());
  editor.on('focus', () => wrapper.classList.add('is-focused'));
  editor.on('blur', () => wrapper.classList.remove('is-focused'));

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
  form?.addEventListener('submit', (event) => {
    if (required && editor.isEmpty && !guard.held) {
      event.preventDefault();
      say(messages.required, 'error');
      editor.commands.focus();
    }
  });

  return editor;
}
