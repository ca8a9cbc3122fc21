// Citations, enhanced: each link in a citation is written as the address the reader is on, the date
// accessed is filled in as today's, a "Copy citation" button appears where a clipboard is available, and
// the RIS, BibTeX and CSL-JSON downloads get today's date accessed and this address's links.
// Without this script the citation text is on the page all the same, with the site's own links.
import { CITE_ATTR, accessedWords, forReader, todayIso } from '../lib/citation-shared.ts';

const today = todayIso();
const accessed = accessedWords(today);

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

/** A citation download, rewritten for this reader; if anything fails, the file as the server has it. */
function download(link: HTMLAnchorElement): void {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const format = link.getAttribute(CITE_ATTR.download) ?? '';
    fetch(link.href)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))))
      .then((text) => {
        const file = new Blob([forReader(text, format, today, window.location.origin)], {
          type: 'text/plain;charset=utf-8',
        });
        const save = document.createElement('a');
        save.href = URL.createObjectURL(file);
        save.download = link.pathname.split('/').pop() ?? `citations.${format}`;
        save.click();
        setTimeout(() => URL.revokeObjectURL(save.href), 10_000);
      })
      .catch(() => window.location.assign(link.href));
  });
}

for (const block of document.querySelectorAll<HTMLElement>(`[${CITE_ATTR.block}]`)) complete(block);
for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[${CITE_ATTR.download}]`))
  download(link);
for (const button of document.querySelectorAll<HTMLButtonElement>(`button[${CITE_ATTR.button}]`))
  enable(button);
