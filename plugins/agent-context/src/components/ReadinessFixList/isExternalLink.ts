/**
 * Whether a fix's link leaves the portal: those open in a new tab so that
 * the entity page stays where it was.
 */
export function isExternalLink(
  link: string,
  portalOrigin: string = window.location.origin,
): boolean {
  try {
    return new URL(link, portalOrigin).origin !== portalOrigin;
  } catch {
    return false;
  }
}
