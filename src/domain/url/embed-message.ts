/**
 * The messages between an embed and the page hosting it (a public interface: documented in the
 * README, "Embedding", and read by public/embed-resize.js; change only with a new version).
 *
 * - embed → host: `{ type: 'statewise:resize', version: 1, id, height }` whenever the height of
 *   the embed's content changes; `id` is the embed's `embedId` parameter or its iframe's name
 *   (null without either), `height` whole CSS pixels.
 * - host → embed: `{ type: 'statewise:request-resize', version: 1 }` asks for the height again
 *   (a host script that loads after the embed has missed the first message).
 */
export const RESIZE_MESSAGE_TYPE = 'statewise:resize';
export const REQUEST_RESIZE_MESSAGE_TYPE = 'statewise:request-resize';
export const EMBED_MESSAGE_VERSION = 1;

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  version: typeof EMBED_MESSAGE_VERSION;
  id: string | null;
  height: number;
}

export function resizeMessage(id: string | null, height: number): ResizeMessage {
  return {
    type: RESIZE_MESSAGE_TYPE,
    version: EMBED_MESSAGE_VERSION,
    id,
    height: Number.isFinite(height) ? Math.max(0, Math.ceil(height)) : 0,
  };
}

/** Whether a message received by an embed asks it to post its height again. */
export function isResizeRequest(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === REQUEST_RESIZE_MESSAGE_TYPE
  );
}
