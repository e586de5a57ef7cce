/** Raised when a scenario that is not available yet is run. */
export class ScenarioUnavailable extends Error {
  override readonly name = 'ScenarioUnavailable';
}

export function inputUnavailable(name: string, reason: string): ScenarioUnavailable {
  return new ScenarioUnavailable(`scenario ${name} is not available yet: ${reason}`);
}
