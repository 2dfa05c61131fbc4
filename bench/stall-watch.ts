/**
 * What an event-loop stall of the relaying process was made of. monitorEventLoopDelay (bench/backend-relay.ts)
 * says how late a timer ran, whatever the cause: the thread computing (blocked by its own work) or the
 * thread waiting for a core the machine's other processes hold (on 2 shared cores, tens of ms). This
 * ticker runs every millisecond beside it and, for every gap between two ticks, takes the CPU time the
 * process spent within that gap (process.cpuUsage, every thread of the process: an upper bound of the
 * loop's own work). The longest such stretch of own work is what blocked the loop; the rest of a gap was
 * waiting to be scheduled.
 */
export type StallParts = {
  /** The longest gap between two ticks (ms). */
  longestGapMs: number;
  /** The process's CPU time within the longest gap (ms). */
  cpuInLongestGapMs: number;
  /** The most CPU time the process spent within any one gap (ms): the longest the loop could have been blocked by its own work. */
  longestOwnWorkMs: number;
};

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Starts the ticker; `stop` ends it and returns the parts of the stalls seen meanwhile. */
export function watchStalls(): { stop(): StallParts } {
  const parts: StallParts = { longestGapMs: 0, cpuInLongestGapMs: 0, longestOwnWorkMs: 0 };
  let lastWall = performance.now();
  let lastCpu = cpuMs();
  const tick = (): void => {
    const wall = performance.now();
    const cpu = cpuMs();
    const gap = wall - lastWall;
    const used = Math.min(cpu - lastCpu, gap);
    if (gap > parts.longestGapMs) Object.assign(parts, { longestGapMs: gap, cpuInLongestGapMs: used });
    parts.longestOwnWorkMs = Math.max(parts.longestOwnWorkMs, used);
    lastWall = wall;
    lastCpu = cpu;
  };
  const timer = setInterval(tick, 1);
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      return parts;
    },
  };
}
