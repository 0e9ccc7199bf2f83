/**
 * Saves text as a file through a temporary Blob URL and a link with a
 * `download` attribute, so that nothing is sent to the server again.
 */
export function downloadText(
  text: string,
  fileName: string,
  type = 'text/markdown;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers read the URL after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
