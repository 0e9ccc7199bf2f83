import { configApiRef, useApi } from '@backstage/core-plugin-api';

/** What {@link usePortalUrls} returns. */
export interface PortalUrls {
  /** `backend.baseUrl`, without a trailing slash: where agents connect. */
  backendBaseUrl: string;
  /** `app.baseUrl`, without a trailing slash: where people browse. */
  appBaseUrl: string;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * The portal's public URLs from app-config, for snippets that an agent or a
 * person runs outside the browser.
 */
export function usePortalUrls(): PortalUrls {
  const config = useApi(configApiRef);
  return {
    backendBaseUrl: trimSlash(config.getString('backend.baseUrl')),
    appBaseUrl: trimSlash(config.getString('app.baseUrl')),
  };
}
