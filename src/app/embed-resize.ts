import { useEffect, type RefObject } from 'react';
import { isResizeRequest, resizeMessage } from '@/domain/url/embed-message';

/**
 * Posts the height of the embed's content to the host page whenever it changes, and again when
 * the host asks. It measures the content, not the document (whose height is the iframe's).
 * A ResizeObserver sees every change of size, but browsers pause it in a cross-origin iframe
 * scrolled out of view, so changes of the content (data arriving, a toggle) are also caught by a
 * MutationObserver, which is never paused. With a fixed height the embed posts that height.
 */
export function useEmbedResize(
  ref: RefObject<HTMLElement | null>,
  id: string | null,
  fixedHeight: number | null,
): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let last = -1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const post = (force: boolean) => {
      const height = fixedHeight ?? Math.ceil(element.getBoundingClientRect().height);
      if (!force && height === last) return;
      last = height;
      // Any origin may host an embed; the message holds nothing but the height.
      window.parent.postMessage(resizeMessage(id, height), '*');
    };
    // Many mutations (a render) make one measurement.
    const schedule = () => {
      if (timer === undefined) {
        timer = setTimeout(() => {
          timer = undefined;
          post(false);
        }, 0);
      }
    };
    const resizes = new ResizeObserver(() => post(false));
    resizes.observe(element);
    const mutations = new MutationObserver(schedule);
    mutations.observe(element, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['open', 'hidden', 'class', 'style'],
    });
    window.addEventListener('resize', schedule);
    post(false);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isResizeRequest(event.data)) post(true);
    };
    window.addEventListener('message', onMessage);
    return () => {
      resizes.disconnect();
      mutations.disconnect();
      clearTimeout(timer);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('message', onMessage);
    };
  }, [ref, id, fixedHeight]);
}
