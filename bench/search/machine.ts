import { readFileSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";

/** What the numbers were measured on. */
export interface MachineInfo {
  cpus: number;
  memoryGiB: number;
  cpuModel: string;
  node: string;
  /** The 1-minute load average when asked: other work on the machine skews every figure. */
  load: number;
}

function cpuModel(): string {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    return line?.split(":")[1]?.trim() ?? "unknown";
  } catch {
    return "unknown";
  }
}

function loadAverage(): number {
  try {
    return Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);
  } catch {
    return Number.NaN;
  }
}

export function machineInfo(): MachineInfo {
  return {
    cpus: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: cpuModel(),
    node: process.version,
    load: loadAverage(),
  };
}

export function describeMachine(info: MachineInfo): string {
  return `${info.cpus} CPUs (${info.cpuModel}), ${info.memoryGiB} GiB memory, Node ${info.node}`;
}

export { loadAverage };
