import type { FlagSpec } from '../args.ts';
import { flagTable } from '../help.ts';

export const LATENCY_FLAGS: readonly FlagSpec[] = [
  {
    name: 'validator-set',
    type: 'string',
    value: 'FILE',
    description: 'validators as CSV (columns of ../shared/data/mainnet-epoch780-validators.csv)',
  },
  {
    name: 'leader',
    type: 'string',
    value: 'random|R[,R…]',
    description:
      "random: Solana's stake-weighted schedule for --epoch (default); ranks: they lead the windows in turn",
  },
  {
    name: 'slots',
    type: 'int',
    value: 'N',
    min: 1,
    description: 'slots to simulate (default 8: two leader windows)',
  },
  {
    name: 'seed',
    type: 'string',
    value: 'S',
    description: 'seed of link jitter and Rotor relay draws (default "latency")',
  },
  {
    name: 'epoch',
    type: 'string',
    value: 'E',
    description: "epoch of the stake-weighted leader schedule (default 780, the data set's)",
  },
  {
    name: 'latency-model',
    type: 'string',
    value: 'geographic|uniform',
    description: 'link delays (default geographic: great-circle distance, see README)',
  },
  {
    name: 'pings',
    type: 'string',
    value: 'FILE.csv',
    description:
      "measured round trips in WonderProxy's format (pings-2020-07-19-2020-07-20.csv, the authors' data): links from them",
  },
  {
    name: 'ping-servers',
    type: 'string',
    value: 'FILE.csv',
    description: "the ping servers' ids and coordinates (servers-2020-07-19.csv); needed with --pings",
  },
  {
    name: 'rotor',
    type: 'string',
    value: 'authors|config',
    description:
      "authors (default): 40 slices and the authors' bandwidths; config: one 64 KiB slice, one bandwidth",
  },
  {
    name: 'byzantine-top-stake',
    type: 'string',
    value: 'F',
    description:
      'the largest validators up to this fraction of the stake act Byzantine (e.g. 0.199); safety is then judged too',
  },
  {
    name: 'byzantine-strategy',
    type: 'string',
    value: 'NAME',
    description: 'what they do (default equivocating_leader; see alpenglow help)',
  },
  {
    name: 'output',
    type: 'string',
    value: 'FILE.json',
    description: 'where to write the figures (required)',
  },
  { name: 'svg', type: 'string', value: 'FILE.svg', description: 'also draw the stacked-bar chart' },
  {
    name: 'timeout',
    type: 'int',
    value: 'SECONDS',
    min: 1,
    description: 'stop the run after this long (exit 124, figures of what ran)',
  },
  { name: 'help', type: 'boolean', description: 'show this help' },
];

export function latencyHelp(): string {
  return `alpenglow latency --validator-set FILE [--leader random|R[,R…]] [--slots N] [--seed S] --output FILE.json [--svg FILE.svg]

The white paper's latency figure (§3.7): one timed run of the whole validator set on the happy
path, every vote, certificate and shred delivered, and the stake-weighted finalization latency by
stake percentile (p1 … p100), split as in the paper's plot into network (the direct leader → node
delay), Rotor (the rest of the block's arrival), notarization and finalization. Prints the median
beside the paper's figure and the simulated slots per second. The latency model is not the
paper's ping data: see README, "The latency figure".

flags:
${flagTable(LATENCY_FLAGS)}`;
}
