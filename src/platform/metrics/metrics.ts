// The numbers GET /metrics shows, in the Prometheus text format (prom-client). One registry per
// app (never prom-client's global one: tests build many apps in one process), made by the
// composition root only when METRICS_TOKEN is set, so an install without metrics pays nothing.
// Modules never import this: the root hands each one a narrow callback (a flush, a search, a job
// run) or wraps what it gives them. Every label value comes from a fixed set (route patterns,
// job names, statuses), so no request can add series.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { JobRunRecorder } from './job-runs.js';
import { createRequestTally, type RequestTally } from './request-tally.js';

export type { JobOutcome, JobRunRecorder } from './job-runs.js';

/** A connection pool's use, read at each scrape (pg.Pool's totalCount, idleCount, waitingCount). */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

export interface Metrics {
  /** `text/plain; version=0.0.4; charset=utf-8`. */
  readonly contentType: string;
  /** The exposition text: every metric as of now. */
  render(): Promise<string>;
  /** Requests, by route pattern, method and status: counted by the HTTP layer (request-metrics.ts). */
  readonly requests: RequestTally;
  /** One group commit of beacon hits: how many, how long, and whether the transaction failed. */
  beaconFlushed(hits: number, seconds: number, failed: boolean): void;
  /** One full-text search, from the query to the page of ids. */
  searched(seconds: number): void;
  /** The recorder for one named job's runs. */
  jobRuns(job: string): JobRunRecorder;
  /** Reports a connection pool's use at every scrape. */
  watchPool(readUse: () => PoolUse): void;
}

// Seconds. A rendered page takes 2–20 ms, a cold one or a staff page up to a few hundred.
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// A batch is one hit when traffic is light and up to MAX_BATCH (1,000) under a flood.
const BATCH_BUCKETS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000];
// A flush is one transaction with an fsync (~1 ms on SSD); seconds means the disk is in trouble.
const FLUSH_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const SEARCH_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300];

function beaconMetrics(registers: Registry[]) {
  const batch = new Histogram({
    name: 'congtin_beacon_batch_hits',
    help: 'Beacon hits written per group commit (one transaction).',
    buckets: BATCH_BUCKETS,
    registers,
  });
  const flush = new Histogram({
    name: 'congtin_beacon_flush_seconds',
    help: 'Time to write one batch of beacon hits, transaction and counters included.',
    buckets: FLUSH_BUCKETS,
    registers,
  });
  const failures = new Counter({
    name: 'congtin_beacon_flush_failures_total',
    help: 'Batches of beacon hits whose transaction failed (their hits were answered with an error).',
    registers,
  });
  return (hits: number, seconds: number, failed: boolean) => {
    batch.observe(hits);
    flush.observe(seconds);
    if (failed) failures.inc();
  };
}

function jobMetrics(registers: Registry[]) {
  const runs = new Counter({
    name: 'congtin_job_runs_total',
    help: 'Runs of the background jobs, by job and outcome.',
    labelNames: ['job', 'outcome'],
    registers,
  });
  const duration = new Histogram({
    name: 'congtin_job_duration_seconds',
    help: 'Time one run of a background job took.',
    labelNames: ['job'],
    buckets: JOB_BUCKETS,
    registers,
  });
  return (job: string): JobRunRecorder => {
    // Zero from the start, so "failed" exists before the first failure (rate() and alerts need it).
    runs.inc({ job, outcome: 'ok' }, 0);
    runs.inc({ job, outcome: 'failed' }, 0);
    return (outcome, seconds) => {
      runs.inc({ job, outcome });
      duration.observe({ job }, seconds);
    };
  };
}

/** The pool's gauges, registered with the first pool watched: SQLite (no pool) shows none. */
function poolMetrics(registers: Registry[]) {
  const readers: Array<() => PoolUse> = [];
  const sum = (pick: (use: PoolUse) => number) => readers.reduce((total, read) => total + pick(read()), 0);
  const register = () => {
    new Gauge({
      name: 'congtin_db_pool_connections',
      help: 'Database connections held by the pool, by state (PostgreSQL only; SQLite has one connection and no pool).',
      labelNames: ['state'],
      registers,
      collect() {
        const idle = sum((u) => u.idle);
        this.set({ state: 'idle' }, idle);
        this.set({ state: 'busy' }, sum((u) => u.total) - idle);
      },
    });
    new Gauge({
      name: 'congtin_db_pool_waiting_requests',
      help: 'Queries waiting for a free pool connection (PostgreSQL only).',
      registers,
      collect() {
        this.set(sum((u) => u.waiting));
      },
    });
  };
  return (readUse: () => PoolUse) => {
    if (readers.length === 0) register();
    readers.push(readUse);
  };
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  // process_* (memory, CPU, open files) and nodejs_* (event-loop lag, heap, GC) from prom-client.
  collectDefaultMetrics({ register: registry });
  const search = new Histogram({
    name: 'congtin_search_seconds',
    help: 'Time one full-text search of the articles took (the engine, not the page around it).',
    buckets: SEARCH_BUCKETS,
    registers,
  });
  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
    requests: createRequestTally(registers, REQUEST_BUCKETS),
    beaconFlushed: beaconMetrics(registers),
    searched: (seconds) => search.observe(seconds),
    jobRuns: jobMetrics(registers),
    watchPool: poolMetrics(registers),
  };
}
