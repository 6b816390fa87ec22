import { describe, expect, it } from 'vitest';
import {
  EMBED_MESSAGE_VERSION,
  isResizeRequest,
  REQUEST_RESIZE_MESSAGE_TYPE,
  resizeMessage,
  RESIZE_MESSAGE_TYPE,
} from '@/domain/url/embed-message';

describe('embed resize message', () => {
  it('has the documented shape', () => {
    expect(resizeMessage('map', 812)).toEqual({
      type: 'statewise:resize',
      version: 1,
      id: 'map',
      height: 812,
    });
    expect(RESIZE_MESSAGE_TYPE).toBe('statewise:resize');
    expect(EMBED_MESSAGE_VERSION).toBe(1);
  });

  it('posts whole pixels, rounded up so nothing is cut off', () => {
    expect(resizeMessage(null, 812.2).height).toBe(813);
    expect(resizeMessage(null, -4).height).toBe(0);
    expect(resizeMessage(null, Number.NaN).height).toBe(0);
    expect(resizeMessage(null, Number.POSITIVE_INFINITY).height).toBe(0);
    expect(resizeMessage(null, 10).id).toBeNull();
  });

  it('survives structured cloning (postMessage) unchanged', () => {
    const message = resizeMessage('ages', 1500);
    expect(structuredClone(message)).toEqual(message);
  });

  it('recognises the host’s request for the height, and nothing else', () => {
    expect(isResizeRequest({ type: REQUEST_RESIZE_MESSAGE_TYPE, version: 1 })).toBe(true);
    expect(isResizeRequest({ type: 'statewise:resize', version: 1, height: 3 })).toBe(false);
    expect(isResizeRequest('statewise:request-resize')).toBe(false);
    expect(isResizeRequest(null)).toBe(false);
    expect(isResizeRequest(undefined)).toBe(false);
  });
});
