import cliProgress from 'cli-progress';
import type { CliContext } from './command.js';

export type Progress = {
  /** Reports `done` of `total` units; the bar appears on the first call. */
  update: (done: number, total: number) => void;
  stop: () => void;
};

const SILENT: Progress = { update: () => {}, stop: () => {} };

/**
 * A progress bar on stderr when stderr is a terminal, silent otherwise (pipes, logs, tests),
 * so nothing but results and messages reaches files.
 */
export function startProgress(ctx: CliContext, label: string, unit = 'rows'): Progress {
  if (!ctx.isTty) return SILENT;
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(done, total) {
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: ctx.stderr,
            format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {eta_formatted} left`,
            hideCursor: true,
            fps: 10,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
