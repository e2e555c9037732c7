/** The pieces (text between `${}` bindings) of one css`` template, minified; null: left as written. */
export function minifyCss(pieces: readonly string[]): string[] | null;
/** The pieces of one html`` or svg`` template, minified. */
export function minifyHtml(pieces: readonly string[]): string[];
