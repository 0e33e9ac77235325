// The words of the links from plans and programmes to their documents in the register (Văn bản).
export const registerLinksText = {
  label: 'Trong sổ văn bản:',
  linkTitle: (number: string) => `Văn bản ${number} trong sổ văn bản`,
} as const;
