// A small modal question ("Địa chỉ liên kết", "Mô tả ảnh") in a native <dialog>: it traps focus,
// closes on Esc and gives focus back, unlike window.prompt it can say what was wrong and keep
// what was typed. It lives at the end of <body>, never inside the article's <form>.
import { editorText } from './editor.vi.js';

export interface Question {
  title: string;
  label: string;
  value?: string;
  hint?: string;
  /** A Vietnamese message when the answer cannot be used; the dialog then stays open. */
  validate?: (answer: string) => string | null;
}

export type Ask = (question: Question) => Promise<string | null>;

let sequence = 0;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}

export function createAsk(): Ask {
  const id = `rich-editor-ask-${++sequence}`;
  const dialog = element('dialog', 'rich-editor-dialog');
  const form = element('form');
  form.method = 'dialog';
  form.noValidate = true;
  const title = element('h2', 'rich-editor-dialog-title');
  title.id = `${id}-title`;
  const label = element('label');
  label.htmlFor = `${id}-input`;
  const input = element('input');
  input.type = 'text';
  input.id = `${id}-input`;
  input.autocomplete = 'off';
  const hint = element('p', 'hint');
  hint.id = `${id}-hint`;
  const error = element('p', 'field-error');
  error.id = `${id}-error`;
  error.setAttribute('role', 'alert');
  const actions = element('div', 'actions');
  const ok = element('button', 'button', editorText.ask.ok);
  ok.type = 'submit';
  const cancel = element('button', 'button button-secondary', editorText.ask.cancel);
  cancel.type = 'button';
  actions.append(ok, cancel);
  form.append(title, label, input, hint, error, actions);
  dialog.append(form);
  dialog.setAttribute('aria-labelledby', title.id);
  document.body.append(dialog);

  let current: { question: Question; resolve: (answer: string | null) => void } | null = null;

  function finish(answer: string | null) {
    const pending = current;
    current = null;
    if (dialog.open) dialog.close();
    pending?.resolve(answer);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!current) return;
    const problem = current.question.validate?.(input.value) ?? null;
    if (problem) {
      error.textContent = problem;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    finish(input.value);
  });
  cancel.addEventListener('click', () => finish(null));
  // Esc, or anything else that closes the dialog, is a "no". The event comes a task later, when
  // the next question may already be showing: that one must stay.
  dialog.addEventListener('close', () => {
    if (!dialog.open) finish(null);
  });

  return (question) => {
    if (current) finish(null);
    title.textContent = question.title;
    label.textContent = question.label;
    hint.textContent = question.hint ?? '';
    hint.hidden = !question.hint;
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', question.hint ? `${hint.id} ${error.id}` : error.id);
    input.value = question.value ?? '';
    return new Promise((resolve) => {
      current = { question, resolve };
      dialog.showModal();
      input.focus();
      input.select();
    });
  };
}
