import { adaptiveTimeouts } from './adaptive-timeouts.ts';
import { byzantineResilience } from './byzantine-resilience.ts';
import { economicModel } from './economic-model.ts';
import { integrationTests } from './integration-tests.ts';
import { livenessProperties } from './liveness-properties.ts';
import { safetyProperties } from './safety-properties.ts';
import type { ScenarioDefinition, ScenarioName } from './types.ts';
import { vrfLeaderSelection } from './vrf-leader-selection.ts';

export const SCENARIOS: Readonly<Record<ScenarioName, ScenarioDefinition>> = {
  safety_properties: safetyProperties,
  liveness_properties: livenessProperties,
  byzantine_resilience: byzantineResilience,
  integration_tests: integrationTests,
  economic_model: economicModel,
  vrf_leader_selection: vrfLeaderSelection,
  adaptive_timeouts: adaptiveTimeouts,
};

export type { ScenarioDefinition, ScenarioName } from './types.ts';
