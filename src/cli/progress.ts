// A one-line progress bar for folder runs, redrawn in place on a terminal.
export function progressLine(done: number, total: number, current: string, width = 24): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const name = current.length > 40 ? `…${current.slice(-39)}` : current;
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(80);
}
