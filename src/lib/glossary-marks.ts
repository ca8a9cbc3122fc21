/**
 * Marks the first use of each glossary term on a page: `<abbr>` for acronyms, linked to the
 * glossary entry. Returns escaped HTML; `seen` is shared across one page's texts.
 */
import type { GlossaryTerm } from '../schemas/glossary.ts';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

type Matcher = { pattern: RegExp; byForm: Map<string, GlossaryTerm> };

const cache = new WeakMap<readonly GlossaryTerm[], Matcher>();

function matcher(terms: readonly GlossaryTerm[]): Matcher {
  const hit = cache.get(terms);
  if (hit) return hit;
  const byForm = new Map<string, GlossaryTerm>();
  for (const t of terms)
    for (const form of [t.term, ...t.aliases]) if (form.length >= 2) byForm.set(form, t);
  const forms = [...byForm.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\w-])(${forms.join('|') || '(?!)'})(?![\\w-])`, 'g');
  const m = { pattern, byForm };
  cache.set(terms, m);
  return m;
}

export function markTerms(
  text: string,
  terms: readonly GlossaryTerm[],
  seen: Set<string>,
  glossaryHref: (id: string) => string,
): string {
  const { pattern, byForm } = matcher(terms);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const form = m[0];
    const term = byForm.get(form);
    if (!term || seen.has(term.id) || m.index === undefined) continue;
    seen.add(term.id);
    const title = term.expansion ?? term.definition;
    const inner = term.expansion
      ? `<abbr title="${escapeHtml(title)}">${escapeHtml(form)}</abbr>`
      : escapeHtml(form);
    out += `${escapeHtml(text.slice(last, m.index))}<a class="term" href="${glossaryHref(term.id)}">${inner}</a>`;
    last = m.index + form.length;
  }
  return out + escapeHtml(text.slice(last));
}
