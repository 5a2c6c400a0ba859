import type { LivePicture, LivePoint } from '../../../../shared/charts';

/**
 * Paints an editor chart's live layer (shared/charts/live-picture.ts) on its canvas, at the device's
 * pixel ratio, replacing what it showed. A handful of paths: well under a millisecond.
 */
export function paintLive(canvas: HTMLCanvasElement, picture: LivePicture): void {
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const ratio = window.devicePixelRatio || 1;
  const pixelsWide = Math.round(width * ratio);
  const pixelsHigh = Math.round(height * ratio);
  // Setting the size clears the canvas; only do it when the size changed.
  if (canvas.width !== pixelsWide || canvas.height !== pixelsHigh) {
    canvas.width = pixelsWide;
    canvas.height = pixelsHigh;
  }
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  for (const fill of picture.fills) {
    if (fill.points.length < 3) continue;
    context.globalAlpha = fill.opacity;
    context.fillStyle = fill.color;
    context.beginPath();
    trace(context, fill.points);
    context.closePath();
    context.fill();
  }
  context.lineJoin = 'bevel';
  context.lineCap = 'butt';
  for (const stroke of picture.strokes) {
    context.globalAlpha = stroke.opacity;
    context.strokeStyle = stroke.color;
    context.lineWidth = stroke.width;
    context.setLineDash(stroke.dash);
    context.beginPath();
    trace(context, stroke.points);
    context.stroke();
  }
  context.globalAlpha = 1;
  context.setLineDash([]);
}

function trace(context: CanvasRenderingContext2D, points: readonly LivePoint[]): void {
  let pen = false;
  for (const point of points) {
    if (!point) {
      pen = false;
    } else if (pen) {
      context.lineTo(point[0], point[1]);
    } else {
      context.moveTo(point[0], point[1]);
      pen = true;
    }
  }
}
