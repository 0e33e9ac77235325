// While an image is still uploading, saving would post an article without it: the form's submit
// buttons are disabled and a submit (Enter in a field) is held back until every upload is done.

export interface SubmitGuard {
  /** Holds submitting until the returned function is called; holds nest. */
  hold(): () => void;
  readonly held: boolean;
}

function submitButtons(form: HTMLFormElement): Array<HTMLButtonElement | HTMLInputElement> {
  return Array.from(form.elements).filter(
    (el): el is HTMLButtonElement | HTMLInputElement =>
      (el instanceof HTMLButtonElement && el.type === 'submit') ||
      (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'image')),
  );
}

export function createSubmitGuard(form: HTMLFormElement | null, onBlocked: () => void): SubmitGuard {
  let holds = 0;
  let disabledByUs: Array<HTMLButtonElement | HTMLInputElement> = [];

  form?.addEventListener('submit', (event) => {
    if (holds === 0) return;
    event.preventDefault();
    onBlocked();
  });

  return {
    get held() {
      return holds > 0;
    },
    hold() {
      if (holds++ === 0 && form) {
        // Buttons that were already disabled stay so afterwards.
        disabledByUs = submitButtons(form).filter((button) => !button.disabled);
        for (const button of disabledByUs) button.disabled = true;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (--holds === 0) {
          for (const button of disabledByUs) button.disabled = false;
          disabledByUs = [];
        }
      };
    },
  };
}
