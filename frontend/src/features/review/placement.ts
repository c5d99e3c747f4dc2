export interface Box {
  left: number;
  top: number;
  bottom: number;
}

/**
 * Where a tooltip goes so that it stays on screen: below its figure and starting where the figure does,
 * shifted left (or right) as far as it would cross the viewport's edge, and above the figure when
 * there is no room below but room above. `dx` is the horizontal shift in px.
 */
export function placeTip(anchor: Box, tip: { width: number; height: number },
                         viewport: { width: number; height: number }, margin = 8): { dx: number; above: boolean } {
  let dx = 0;
  if (anchor.left + tip.width > viewport.width - margin) dx = viewport.width - margin - tip.width - anchor.left;
  if (anchor.left + dx < margin) dx = margin - anchor.left;
  const above = anchor.bottom + tip.height + margin > viewport.height && anchor.top - tip.height - margin >= 0;
  return { dx: Math.round(dx), above };
}
