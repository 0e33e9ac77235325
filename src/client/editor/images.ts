// "Chèn ảnh", and pictures pasted or dropped as files: ask for the alt text, upload, then insert
// the image where the writer asked for it, even if they went on typing during the upload. The
// form cannot be saved meanwhile (it would be saved without the picture).
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import type { Ask } from './ask.js';
import type { SubmitGuard } from './submit-guard.js';
import { ACCEPTED_IMAGE_TYPES, altFromFileName, checkImageFile, uploadImage } from './upload.js';
import { editorText } from './editor.vi.js';

export type Say = (text: string, kind?: 'info' | 'error') => void;

const messages = editorText.images;

export interface ImageInserter {
  /** The hidden file input, to be placed in the page (it has no name: never posted). */
  fileInput: HTMLInputElement;
  choose(): void;
  insert(files: File[]): Promise<void>;
}

export function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((file) => file.type.startsWith('image/'));
}

/** A document position kept up to date through the edits made after it was taken. */
function followPosition(editor: Editor, start: number) {
  let position = start;
  const follow = ({ transaction }: { transaction: Transaction }) => {
    position = transaction.mapping.map(position);
  };
  editor.on('transaction', follow);
  return { position: () => position, stop: () => editor.off('transaction', follow) };
}

export function createImageInserter(deps: {
  editor: Editor;
  ask: Ask;
  say: Say;
  guard: SubmitGuard;
  uploadUrl: string;
  readCsrfToken: () => string;
}): ImageInserter {
  const { editor, ask, say, guard } = deps;
  const fileInput = document.createElement('input');
  fileInput.type = 'file';
  fileInput.accept = ACCEPTED_IMAGE_TYPES.join(',');
  fileInput.hidden = true;
  fileInput.tabIndex = -1;

  async function insertOne(file: File) {
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
    const place = followPosition(editor, editor.state.selection.to);
    const release = guard.hold();
    say(messages.uploading(file.name));
    try {
      const result = await uploadImage({ url: deps.uploadUrl, file, alt: alt.trim(), csrfToken: deps.readCsrfToken() });
      if (!result.ok) {
        say(result.message, 'error');
        return;
      }
      const { url, width, height } = result.image;
      editor
        .chain()
        .focus()
        .setTextSelection(place.position())
        .setImage({ src: url, alt: result.image.alt, ...(width ? { width } : {}), ...(height ? { height } : {}) })
        .run();
      say(messages.inserted(result.image.alt));
    } finally {
      place.stop();
      release();
    }
  }

  async function insert(files: File[]) {
    for (const file of files) await insertOne(file);
  }

  fileInput.addEventListener('change', () => {
    const files = Array.from(fileInput.files ?? []);
    fileInput.value = '';
    void insert(files);
  });

  return { fileInput, choose: () => fileInput.click(), insert };
}
