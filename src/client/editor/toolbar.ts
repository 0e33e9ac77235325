// The editor's toolbar: real buttons with Vietnamese names, aria-pressed on the toggles and
// aria-disabled (still focusable, so a keyboard user can find them) on what does not apply where
// the cursor is. One button is in the Tab order at a time; arrows, Home and End move between them
// (the ARIA toolbar pattern), Esc goes back to the text.
import type { Editor } from '@tiptap/core';
import { createIcon, type IconName } from './icons.js';

export interface Tool {
  name: string;
  label: string;
  /** A pictogram, or short visible text (styled by its class). */
  face: { icon: IconName } | { text: string; className?: string };
  shortcut?: { aria: string; shown: string };
  run: () => void;
  /** Present on toggles: drives aria-pressed. */
  isActive?: () => boolean;
  isEnabled?: () => boolean;
}

export interface Toolbar {
  element: HTMLElement;
  refresh(): void;
  focus(): void;
}

function createButton(tool: Tool): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'rich-editor-button';
  button.dataset.tool = tool.name;
  const title = tool.shortcut ? `${tool.label} (${tool.shortcut.shown})` : tool.label;
  button.setAttribute('aria-label', tool.label);
  button.title = title;
  if (tool.shortcut) button.setAttribute('aria-keyshortcuts', tool.shortcut.aria);
  if (tool.isActive) button.setAttribute('aria-pressed', 'false');
  if ('icon' in tool.face) {
    button.append(createIcon(tool.face.icon));
  } else {
    const face = document.createElement('span');
    face.setAttribute('aria-hidden', 'true');
    face.className = `rich-editor-face ${tool.face.className ?? ''}`.trim();
    face.textContent = tool.face.text;
    button.append(face);
  }
  return button;
}

export function createToolbar(options: { groups: Tool[][]; label: string; controls: string; editor: Editor }): Toolbar {
  const element = document.createElement('div');
  element.className = 'rich-editor-toolbar';
  element.setAttribute('role', 'toolbar');
  element.setAttribute('aria-label', options.label);
  element.setAttribute('aria-controls', options.controls);

  const entries: Array<{ tool: Tool; button: HTMLButtonElement }> = [];
  for (const group of options.groups) {
    const box = document.createElement('div');
    box.className = 'rich-editor-group';
    for (const tool of group) {
      const button = createButton(tool);
      entries.push({ tool, button });
      box.append(button);
    }
    element.append(box);
  }

  let current = 0;
  function setCurrent(index: number, focus: boolean) {
    current = (index + entries.length) % entries.length;
    entries.forEach((entry, i) => {
      entry.button.tabIndex = i === current ? 0 : -1;
    });
    if (focus) entries[current]?.button.focus();
  }
  setCurrent(0, false);

  // Keeps the text's selection (and focus) when a button is clicked with the mouse.
  element.addEventListener('mousedown', (event) => {
    if ((event.target as Element).closest('button')) event.preventDefault();
  });
  element.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    const index = entries.findIndex((entry) => entry.button === button);
    const entry = entries[index];
    if (!entry) return;
    setCurrent(index, false);
    if (entry.button.getAttribute('aria-disabled') === 'true') return;
    entry.tool.run();
  });
  element.addEventListener('keydown', (event) => {
    const moves: Record<string, number | undefined> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: entries.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      setCurrent(target, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // At once, not a frame later as commands.focus() does: the next key belongs to the text.
      options.editor.view.focus();
    }
  });
  element.addEventListener('focusin', (event) => {
    const index = entries.findIndex((entry) => entry.button === event.target);
    if (index >= 0 && index !== current) setCurrent(index, false);
  });

  return {
    element,
    refresh() {
      for (const { tool, button } of entries) {
        if (tool.isActive) button.setAttribute('aria-pressed', String(tool.isActive()));
        const enabled = tool.isEnabled ? tool.isEnabled() : true;
        if (enabled) button.removeAttribute('aria-disabled');
        else button.setAttribute('aria-disabled', 'true');
      }
    },
    focus() {
      setCurrent(current, true);
    },
  };
}
