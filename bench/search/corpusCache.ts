import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateCorpus } from "../corpus/generate.js";
import { writeCorpus, type ProgressListener } from "../corpus/write.js";

/**
 * The benchmark's corpora, kept between runs under the data directory: one folder per seed and size, with a
 * manifest written only once the corpus is complete. A manifest that is missing, unfinished, or made by a
 * generator that has since changed means the corpus is built again.
 */
export interface CorpusManifest {
  seed: number;
  items: number;
  /** Hash of the first items' content: detects a changed generator. */
  fingerprint: string;
  builtAt: string;
  buildSeconds: number;
  itemsPerSecond: number;
  /** Database size when the corpus was written, before any search index. */
  bytesBeforeIndex: number;
  /** Set once a search index has been built over exactly this corpus. */
  indexedAt?: string;
  indexSeconds?: number;
}

export interface BenchCorpus {
  file: string;
  manifest: CorpusManifest;
  reused: boolean;
}

const MANIFEST = "corpus.json";
const FINGERPRINT_ITEMS = 20;

export function databaseBytes(file: string): number {
  let bytes = 0;
  for (const suffix of ["", "-wal"]) if (existsSync(file + suffix)) bytes += statSync(file + suffix).size;
  return bytes;
}

function fingerprint(seed: number, items: number): string {
  const sample = [...generateCorpus({ seed, count: Math.min(FINGERPRINT_ITEMS, items), total: items })];
  return createHash("sha256").update(JSON.stringify(sample)).digest("hex").slice(0, 16);
}

function readManifest(folder: string): CorpusManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(folder, MANIFEST), "utf8")) as CorpusManifest;
  } catch {
    return undefined;
  }
}

export function saveManifest(folder: string, manifest: CorpusManifest): void {
  writeFileSync(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

export function corpusFolder(dataDir: string, seed: number, items: number): string {
  return join(dataDir, `corpus-seed${seed}-${items}`);
}

export async function ensureBenchCorpus(
  dataDir: string,
  seed: number,
  items: number,
  workers: number,
  onProgress?: ProgressListener,
): Promise<BenchCorpus> {
  const folder = corpusFolder(dataDir, seed, items);
  const file = join(folder, "pressroom.sqlite");
  const expected = fingerprint(seed, items);
  const existing = readManifest(folder);
  if (existing && existing.fingerprint === expected && existing.items === items && existsSync(file)) {
    return { file, manifest: existing, reused: true };
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const summary = await writeCorpus(file, { seed, count: items, workers, unsafeFast: true }, onProgress);
  const manifest: CorpusManifest = {
    seed,
    items,
    fingerprint: expected,
    builtAt: new Date().toISOString(),
    buildSeconds: summary.seconds,
    itemsPerSecond: summary.itemsPerSecond,
    bytesBeforeIndex: databaseBytes(file),
  };
  saveManifest(folder, manifest);
  return { file, manifest, reused: false };
}
