/**
 * Glossary matching, compiled once per glossary: marks the first use of each glossary term on a
 * page: `<abbr>` for acronyms, linked to the glossary entry. Returns escaped HTML; `seen` is shared
 * across one page's texts.
 */
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { escapeRegExp } from './text.ts';

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
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\w-])(${forms.join('|') || '(?!)'})(?![\\w-])`, 'g');
  const m = { pattern, byForm };
  cache.set(terms, m);
  return m;
}

type Finder = {
  pattern: RegExp;
  byForm: Map<string, { term: GlossaryTerm; form: 'term' | 'expansion' }>;
};

const finders = new WeakMap<readonly GlossaryTerm[], Finder>();

/**
 * Every glossary term a text uses, in any case, by its term, an alias or its expansion: one
 * regular expression per glossary, compiled once (search records use it for related words).
 */
export function findTerms(
  text: string,
  terms: readonly GlossaryTerm[],
): { term: GlossaryTerm; form: 'term' | 'expansion' }[] {
  let f = finders.get(terms);
  if (!f) {
    const byForm: Finder['byForm'] = new Map();
    for (const t of terms) {
      for (const form of [t.term, ...t.aliases])
        if (form.length >= 2) byForm.set(form.toLowerCase(), { term: t, form: 'term' });
      if (t.expansion) byForm.set(t.expansion.toLowerCase(), { term: t, form: 'expansion' });
    }
    const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    f = {
      pattern: new RegExp(`(?<![\\w-])(${forms.join('|') || '(?!)'})(?![\\w-])`, 'gi'),
      byForm,
    };
    finders.set(terms, f);
  }
  const found = new Map<string, { term: GlossaryTerm; form: 'term' | 'expansion' }>();
  for (const m of text.matchAll(f.pattern)) {
    const hit = f.byForm.get(m[0].toLowerCase());
    if (hit) found.set(`${hit.term.id}:${hit.form}`, hit);
  }
  return [...found.values()];
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
