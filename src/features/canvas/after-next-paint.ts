/**
 * Runs `callback` in a task after the next frame has been painted, and returns what cancels it.
 * An animation frame callback runs before that frame's paint: work done there (or anything it
 * makes React render) joins the frame and delays it. A message posted from the animation frame
 * is delivered after the frame has been painted, so what it renders is painted on the frame after.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) callback();
  };
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    channel.port1.close();
  };
}
