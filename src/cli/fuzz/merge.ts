import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { shellQuote } from '../../core/shell-quote.ts';
import { inputError } from '../errors.ts';
import { writeJsonAtomic } from '../io.ts';
import type { Output } from '../output.ts';
import { CORPUS_FILES, Corpus } from './corpus.ts';
import { summarize } from './summary.ts';

/**
 * `alpenglow fuzz merge --corpus OUT DIR…`: the corpora and runs logs of several machines (or
 * nights) in one, de-duplicated as one machine would have made it — a run once per (seed,
 * setting), a find once per (property, fingerprint) with the union of the seeds that found it
 * and the trace and report of the smallest. OUT may exist (it grows) and may be one of the DIRs.
 * Merging is idempotent, and in any order gives the same finds and runs. Exit 1 when the merged
 * corpus holds a find in a setting expected to hold or its canary ran and found nothing.
 */
export function mergeCorpora(out: string, inputs: readonly string[], cli: string, io: Output): number {
  const problems = inputs.flatMap((dir) => inputProblems(dir));
  if (problems.length > 0) throw inputError(...problems);
  const target = Corpus.open(out, cli);
  let runsAdded = 0;
  const findsBefore = target.finds.size;
  for (const dir of inputs) {
    if (resolve(dir) === resolve(out)) continue;
    const source = Corpus.open(dir, cli);
    // Finds first, then runs: a kill in between leaves runs to be merged again, never a log
    // line whose find is missing.
    for (const [key, record] of source.finds) target.mergeFind(record, join(dir, CORPUS_FILES.finds, key));
    for (const run of source.runs) if (target.addRun(run)) runsAdded++;
  }
  const summary = summarize(target.runs, target.finds);
  writeJsonAtomic(target.path(CORPUS_FILES.summary), summary);
  const added = target.finds.size - findsBefore;
  io.out(
    `fuzz merge: ${inputs.length} corpora into ${out}: ${runsAdded} runs added (${summary.runs} in all), ${added} new unique finds (${summary.unique_finds} in all)`,
  );
  for (const u of summary.unexpected) {
    io.out(`UNEXPECTED ${u.key} in ${u.group} (found ${u.count}×)`);
    io.out(`reproduce: ${cli} replay ${shellQuote(target.tracePath(u.key))}`);
  }
  if (summary.canary.silent) io.out(`CANARY SILENT: ${summary.canary.runs} canary runs found nothing`);
  io.out(`summary: ${target.path(CORPUS_FILES.summary)}`);
  // The verdict of the merged campaign, as one machine's would be: the workflow's last job fails on it.
  return summary.unexpected.length > 0 || summary.canary.silent ? 1 : 0;
}

/** A DIR that is not a corpus folder: one line each, before anything is written. */
function inputProblems(dir: string): string[] {
  if (!existsSync(dir)) return [`corpus ${dir}: no such folder`];
  if (!statSync(dir).isDirectory()) return [`corpus ${dir}: not a folder`];
  const known = [CORPUS_FILES.runs, CORPUS_FILES.finds].some((f) => existsSync(join(dir, f)));
  return known
    ? []
    : [`corpus ${dir}: neither ${CORPUS_FILES.runs} nor ${CORPUS_FILES.finds}/ in it: not a fuzz corpus`];
}
