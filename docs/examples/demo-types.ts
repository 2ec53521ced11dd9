/** One section of `npm run demo`: a titled table of rows, plus notes (reasons) under it. */
export interface DemoSection {
  /** Heading printed above the table. */
  readonly title: string;
  /** Table rows; every row should have the same keys. Values print as-is. */
  readonly rows: readonly Readonly<Record<string, string | number | boolean | null>>[];
  /** Lines printed under the table, typically "row: reason message (CODE)". */
  readonly notes?: readonly string[];
}
