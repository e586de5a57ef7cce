import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, validateConfig } from '../../../src/core/config/index.ts';

function problems(raw: object): string[] {
  const r = validateConfig(raw);
  return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.message}`);
}

const FRA = { lat_deg: 50.1109, lon_deg: 8.6821, data_center: '24940-DE-Frankfurt am Main' };
const ASH = { lat_deg: 39.0438, lon_deg: -77.4874, data_center: '14618-US-Ashburn' };

describe('latency_model and validator_locations (issue 15)', () => {
  it('default to the uniform model without locations', () => {
    expect(DEFAULT_CONFIG.latency_model).toBe('uniform');
    expect(DEFAULT_CONFIG.validator_locations).toBeNull();
    const r = validateConfig({});
    expect(r.ok && r.config.latency_model).toBe('uniform');
  });

  it('accept the geographic model with one location (or null) per validator', () => {
    const r = validateConfig({
      validators: 3,
      byzantine_count: 0,
      offline_count: 0,
      latency_model: 'geographic',
      validator_locations: [FRA, ASH, null],
    });
    expect(r.ok && r.config.validator_locations).toEqual([FRA, ASH, null]);
  });

  it.each([
    [{ latency_model: 'geo' }, 'latency_model: must be one of "uniform", "geographic", got "geo"'],
    [
      { latency_model: 'geographic' },
      'validator_locations: is needed by latency_model "geographic": a list with {"lat_deg", "lon_deg", "data_center"} or null per validator id',
    ],
    [
      { validator_locations: [FRA, ASH] },
      'validator_locations: must have one entry per validator (null for an unknown location): validators (default 5), got 2',
    ],
    [{ validator_locations: 'FRA' }, 'validator_locations: must be null or a list of locations, got "FRA"'],
    [
      {
        validators: 2,
        byzantine_count: 0,
        offline_count: 0,
        validator_locations: [FRA, { ...ASH, lat_deg: 91 }],
      },
      'validator_locations[1].lat_deg: must be a number from -90 to 90, got 91',
    ],
    [
      {
        validators: 2,
        byzantine_count: 0,
        offline_count: 0,
        validator_locations: [{ ...FRA, lon_deg: '8' }, 7],
      },
      'validator_locations[0].lon_deg: must be a number from -180 to 180, got "8" (and 1 more bad entries)',
    ],
    [
      {
        validators: 1,
        byzantine_count: 0,
        offline_count: 0,
        validator_locations: [{ ...FRA, data_center: 3 }],
      },
      'validator_locations[0].data_center: must be a string, got 3',
    ],
    [
      { validators: 1, byzantine_count: 0, offline_count: 0, validator_locations: [{ ...FRA, city: 'x' }] },
      'validator_locations[0].city: unknown field of a location',
    ],
  ])('refuses %j, naming the field', (raw, message) => {
    expect(problems(raw)).toEqual([message]);
  });

  it('does not judge the geographic rule on a badly typed list (one line, the type problem)', () => {
    expect(problems({ latency_model: 'geographic', validator_locations: 3 })).toEqual([
      'validator_locations: must be null or a list of locations, got 3',
    ]);
  });
});
