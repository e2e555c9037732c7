export interface ExampleOptions {
  language: string;
  /** false: the site shows the block as code only. */
  preview: boolean;
  /** The console line an example meant to warn must print, or null. */
  warns: string | null;
}
export interface HtmlExample extends ExampleOptions {
  code: string;
}
export function exampleOptions(info: string): ExampleOptions;
export function htmlExamples(markdown: string): HtmlExample[];
export function withoutScriptLine(code: string): string;
