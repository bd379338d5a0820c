/**
 * @module analyse/output/png
 * SVG → PNG through @resvg/resvg-js (a Rust renderer shipped as a prebuilt binary inside its
 * platform package on the npm registry; nothing is downloaded at run time). Text needs a font on
 * the machine: system fonts are loaded (DejaVu Sans on Debian); without any font, shapes still
 * render and text is left out.
 */
import { Resvg } from '@resvg/resvg-js';

export function svgToPng(svg: string, opts: { scale?: number } = {}): Buffer {
  const r = new Resvg(svg, {
    fitTo: opts.scale && opts.scale !== 1 ? { mode: 'zoom', value: opts.scale } : { mode: 'original' },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return r.render().asPng();
}
