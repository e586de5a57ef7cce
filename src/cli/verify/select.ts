import { SCENARIOS } from '../../../scenarios/index.ts';
import { SCENARIO_NAMES, type ScenarioName } from '../../../scenarios/types.ts';
import { closestName } from '../../core/config/suggest.ts';
import { DEFAULT_PIPELINE_SCENARIOS, type Profile, SCENARIO_ALIASES } from './profiles.ts';

/** What a verify run will do: the scenarios it runs, and those it lists as skipped with the reason. */
export interface Selection {
  readonly run: ScenarioName[];
  readonly skipped: { readonly scenario: ScenarioName; readonly note: string }[];
}

/**
 * The scenarios of `--scenarios` (default: the pipeline's) on `profile`. Unknown names and a
 * selection of which nothing would run are problems: a pipeline that ran nothing must not
 * print PASS (issue 11).
 */
export function selectScenarios(text: string | undefined, profile: Profile, problems: string[]): Selection {
  const names =
    text === undefined ? (DEFAULT_PIPELINE_SCENARIOS as ScenarioName[]) : parseNames(text, problems);
  const selection: Selection = { run: [], skipped: [] };
  const mode = profile.onlyMode;
  for (const scenario of names) {
    const definition = SCENARIOS[scenario];
    if (definition.unavailable)
      selection.skipped.push({ scenario, note: `not available yet: ${definition.unavailable}` });
    else if (mode && !definition.modes.includes(mode))
      selection.skipped.push({
        scenario,
        note: `the ${profile.name} profile runs ${mode} only; ${scenario} has no ${mode} driver`,
      });
    else selection.run.push(scenario);
  }
  if (problems.length === 0 && selection.run.length === 0)
    problems.push(
      `--scenarios: nothing to run: ${selection.skipped.map((s) => `${s.scenario}: ${s.note}`).join('; ') || 'no scenario given'}`,
    );
  return selection;
}

function parseNames(text: string, problems: string[]): ScenarioName[] {
  const names: ScenarioName[] = [];
  for (const raw of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const name = SCENARIO_ALIASES[raw] ?? raw;
    if ((SCENARIO_NAMES as readonly string[]).includes(name)) {
      if (!names.includes(name as ScenarioName)) names.push(name as ScenarioName);
      continue;
    }
    const hint = suggestion(raw);
    problems.push(
      `--scenarios: unknown scenario '${raw}' (${hint ? `did you mean ${hint}?` : `known: ${[...Object.keys(SCENARIO_ALIASES), ...SCENARIO_NAMES].join(', ')}`})`,
    );
  }
  return names;
}

/** The one scenario the name begins (`economic` → economic_model), else the closest name or alias. */
export function suggestion(raw: string): string | null {
  const prefixed = SCENARIO_NAMES.filter((n) => n.startsWith(raw.toLowerCase()));
  if (raw.length >= 3 && prefixed.length === 1) return prefixed[0] as string;
  const hint = closestName(raw, [...SCENARIO_NAMES, ...Object.keys(SCENARIO_ALIASES)]);
  return hint === null ? null : (SCENARIO_ALIASES[hint] ?? hint);
}
