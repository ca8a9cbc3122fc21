// Citations, enhanced: each link in a citation is written as the address the reader is on, the date
// accessed is filled in as today's, and a "Copy citation" button appears where a clipboard is available.
// Without this script the citation text is on the page all the same, with the site's own links.
import { CITE_ATTR, accessedWords, todayIso } from '../lib/citation-shared.ts';

const accessed = accessedWords(todayIso());

function complete(block: HTMLElement): void {
  for (const link of block.querySelectorAll<HTMLAnchorElement>(`a[${CITE_ATTR.url}]`))
    link.textContent = new URL(link.getAttribute('href') ?? '', window.location.href).href;
  for (const span of block.querySelectorAll<HTMLElement>(`[${CITE_ATTR.accessed}]`))
    span.textContent = accessed;
}

function enable(button: HTMLButtonElement): void {
  const block = document.getElementById(button.getAttribute(CITE_ATTR.button) ?? '');
  const status = button.nextElementSibling;
  if (!block || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const say = (words: string) => {
      if (status) status.textContent = words;
    };
    navigator.clipboard.writeText((block.textContent ?? '').replace(/\s+/g, ' ').trim()).then(
      () => say('Citation copied.'),
      () => say('Could not copy: select the citation text and copy it instead.'),
    );
  });
}

for (const block of document.querySelectorAll<HTMLElement>(`[${CITE_ATTR.block}]`)) complete(block);
for (const button of document.querySelectorAll<HTMLButtonElement>(`button[${CITE_ATTR.button}]`))
  enable(button);
