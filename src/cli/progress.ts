/**
 * Probe progress on stderr, on a TTY only: one line rewritten in place.
 * Off the TTY (CI, pipes) a run is silent until its summary.
 */
import type { ProbeProgress } from '../api/probe.js';
import { terminalText } from '../render/terminalText.js';

export function progressPrinter(stream: NodeJS.WritableStream, enabled: boolean): {
  update: (p: ProbeProgress) => void;
  done: () => void;
} {
  let last = 0;
  let shown = false;
  return {
    update(p) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 80) return; // at most ~12 updates a second
      last = now;
      const line =
        `probing ${p.tasksDone}/${p.tasksTotal} exchanges · ${p.done} pages · ${p.failures} failed · ` +
        `${terminalText(p.exchangeId)} ${p.channel}${p.errorCode ? ` (${p.errorCode})` : ''}`;
      const width = (stream as { columns?: number }).columns ?? 100;
      stream.write(`\r\x1b[2K${line.slice(0, Math.max(20, width - 1))}`);
      shown = true;
    },
    done() {
      if (enabled && shown) stream.write('\r\x1b[2K');
    },
  };
}
