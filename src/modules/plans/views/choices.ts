// What the plan pages offer to choose from: units and plans in selects, articles as evidence.
export interface Choice {
  id: number;
  label: string;
}

/** A published article offered as evidence. */
export interface ArticleChoice {
  id: number;
  title: string;
  url: string;
  publishedAt: string;
}
