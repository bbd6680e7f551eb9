// The Tasklane mark (a check in a rounded square), drawn with DOM calls rather than markup.
const SVG = 'http://www.w3.org/2000/svg';

export function taskIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const box = document.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({ x: '1.5', y: '1.5', width: '13', height: '13', rx: '3.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' })) box.setAttribute(k, v);
  const check = document.createElementNS(SVG, 'path');
  for (const [k, v] of Object.entries({ d: 'M4.75 8.25l2.25 2.25 4.25-4.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.75', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' })) check.setAttribute(k, v);
  svg.append(box, check);
  return svg;
}
