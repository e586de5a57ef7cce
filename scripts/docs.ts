import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SCENARIOS } from '../scenarios/index.ts';
import { SCENARIO_NAMES } from '../scenarios/types.ts';
import type { FlagSpec } from '../src/cli/args.ts';
import { DEFAULT_RUNS, SCENARIO_FLAGS } from '../src/cli/flags.ts';
import { usageLines } from '../src/cli/help.ts';
import { writeFileAtomic } from '../src/cli/io.ts';

/**
 * `npm run docs`: rewrites the README regions that come from the code (usage lines, the scenario
 * flag table, the scenario table), between `<!-- generated:NAME -->` and `<!-- /generated -->`,
 * so they cannot drift from what the CLI accepts. test/cli/readme-drift.test.ts fails when README
 * differs from what this would write.
 */

const README = fileURLToPath(new URL('../README.md', import.meta.url));

/** `|` inside a table cell splits the cell, and `<scenario>` would be read as an HTML tag. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;');

function flagCell(f: FlagSpec): string {
  if (f.type === 'boolean' && f.description.includes(`--${f.name}=false`)) return `\`--${f.name}=false\``;
  return `\`--${f.name}${f.value ? ` ${f.value}` : ''}\``;
}

function flagDescription(f: FlagSpec): string {
  if (f.name !== 'runs') return f.description;
  // The per-scenario defaults, as each scenario's --help shows them.
  const others = SCENARIO_NAMES.filter((n) => (SCENARIOS[n].defaultRuns ?? DEFAULT_RUNS) !== DEFAULT_RUNS);
  const extra = others.map((n) => `${n}: ${SCENARIOS[n].defaultRuns}`).join(', ');
  return extra ? `${f.description}; ${extra}` : f.description;
}

function scenarioFlagTable(): string {
  const rows = SCENARIO_FLAGS.filter((f) => f.name !== 'help').map(
    (f) => `| ${cell(flagCell(f))} | ${cell(flagDescription(f))} |`,
  );
  return ['| flag | meaning |', '|---|---|', ...rows].join('\n');
}

function scenarioTable(): string {
  const rows = SCENARIO_NAMES.map((n) => {
    const s = SCENARIOS[n];
    const modes = s.modes.length === 0 ? '—' : s.modes.join(s.runsEveryMode ? ' + ' : ', ');
    const status = s.unavailable ? `not yet: ${s.unavailable}` : 'available';
    return `| \`${n}\` | ${cell(status)} | ${modes} | ${cell(s.description)} |`;
  });
  return ['| scenario | status | modes | what it runs |', '|---|---|---|---|', ...rows].join('\n');
}

export const GENERATED_REGIONS: Readonly<Record<string, () => string>> = {
  commands: () => `\`\`\`\n${usageLines()}\n\`\`\``,
  'scenario-flags': scenarioFlagTable,
  scenarios: scenarioTable,
};

const REGION = /(<!-- generated:([\w-]+) -->\n)[\s\S]*?(<!-- \/generated -->)/g;

/** README text with every generated region rewritten; an unknown region name is an error. */
export function regenerate(text: string): string {
  return text.replace(REGION, (_, open: string, name: string, close: string) => {
    const generate = GENERATED_REGIONS[name];
    if (!generate) throw new Error(`README.md: unknown generated region "${name}"`);
    return `${open}${generate()}\n${close}`;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = readFileSync(README, 'utf8');
  const next = regenerate(text);
  if (next === text) console.log('README.md: generated regions up to date');
  else {
    writeFileAtomic(README, next);
    console.log('README.md: generated regions rewritten');
  }
}
