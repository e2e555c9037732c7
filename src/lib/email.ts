/**
 * The one client-side email check of `<mailing-list-form>`: deliberately lenient.
 *
 * Why: the browser's `type=email` grammar is ASCII-only and rejects real addresses (`Dāvis@example.lv`),
 * and hand-written patterns reject new TLDs and `+`/`'` local parts. A wrongly refused address is a
 * lost subscriber, so we only block what can never be an address — empty, no `@` or more than one,
 * nothing before or after it, whitespace inside — and let the provider have the last word (its
 * refusal is mapped back onto the field).
 */
export function isPlausibleEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value.trim());
}
