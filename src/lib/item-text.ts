/**
 * How an item card says its fact once: a headline (the recorded title, or the summary's first
 * sentence) and whatever the summary adds after it, so the headline is not repeated below it.
 */
import { firstSentence, plainWords } from './names.ts';

export type ItemText = { headline: string; rest: string };

export function itemText(item: { summary: string; title?: string; name?: string }): ItemText {
  const recorded = item.title ?? item.name;
  if (recorded) return { headline: recorded, rest: item.summary };
  const headline = firstSentence(item.summary);
  const plain = plainWords(item.summary);
  const rest = plain.slice(headline.length).replace(/^[.!?]\s*/, '');
  return { headline, rest };
}
