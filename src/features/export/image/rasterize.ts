/**
 * Draws an SVG document onto a canvas of the given pixel size and encodes it as PNG. The SVG is
 * loaded as an image from a blob: URL, which a strict Content-Security-Policy allows (img-src
 * blob:) and which leaves the canvas untainted, so it can be read back.
 */
export async function rasterizeSvg(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the browser could not draw the map image'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error(`the browser refused a ${width} × ${height} px canvas`);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    // A canvas too large for the browser's memory gives no blob rather than an error.
    if (!blob) throw new Error(`the browser could not encode a ${width} × ${height} px PNG`);
    // Free the pixel memory now rather than when the canvas is collected.
    canvas.width = 0;
    canvas.height = 0;
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
