import { createContext, useContext } from 'react';

/**
 * The pinned share link of the view shown (the link the Share control copies), for what cites the
 * view: the Download menu's files and an embed's data panel. Provided by the app shell and the
 * embed; null outside a view (a test rendering a chart alone), where files cite the page's URL.
 */
export type GetShareLink = () => Promise<string>;

export const ShareLinkContext = createContext<GetShareLink | null>(null);

export function useShareLink(): GetShareLink | null {
  return useContext(ShareLinkContext);
}
