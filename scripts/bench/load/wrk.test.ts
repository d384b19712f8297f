import { describe, expect, it } from 'vitest';
import { medianOf, parseWrk, type WrkResult } from './wrk';

const sample = `Running 5s test @ http://127.0.0.1:3500/
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   250.11ms  300.02ms   1.90s    88.00%
    Req/Sec   101.52     40.11   210.00     70.00%
  Latency Distribution
     50%  175.41ms
     75%  300.00ms
     90%  700.00ms
     99%    1.60s 
  1013 requests in 5.00s, 16.55MB read
  Socket errors: connect 0, read 2, write 0, timeout 6
  Non-2xx or 3xx responses: 3
Requests/sec:    202.57
Transfer/sec:      3.31MB
`;

describe('parseWrk', () => {
  it('reads throughput, percentiles in ms and every kind of error', () => {
    expect(parseWrk(sample)).toEqual({
      requestsPerSecond: 202.57,
      p50Ms: 175.41,
      p99Ms: 1600,
      errors: 11,
      requests: 1013,
    });
  });

  it('microseconds, and no error lines at all', () => {
    const clean = sample
      .replace('175.41ms', '812.00us')
      .replace(/\s+Socket errors.*\n/, '\n')
      .replace(/\s+Non-2xx.*\n/, '\n');
    expect(parseWrk(clean)).toMatchObject({ p50Ms: 0.812, errors: 0 });
  });

  it('refuses output that is not a wrk report', () => {
    expect(() => parseWrk('wrk: connection refused')).toThrow(/wrk: no/);
  });
});

describe('medianOf', () => {
  const run = (rps: number, p50: number, p99: number, errors = 0): WrkResult => ({
    requestsPerSecond: rps,
    p50Ms: p50,
    p99Ms: p99,
    errors,
    requests: rps * 10,
  });

  it('takes the median of each figure on its own and sums errors and requests', () => {
    const result = medianOf([run(1000, 40, 300), run(1400, 30, 90, 2), run(1200, 35, 120)]);
    expect(result).toEqual({
      requestsPerSecond: 1200,
      p50Ms: 35,
      p99Ms: 120,
      errors: 2,
      requests: 36_000,
    });
  });

  it('averages the middle two of an even number of runs, and refuses none', () => {
    expect(medianOf([run(100, 1, 10), run(300, 3, 30)]).requestsPerSecond).toBe(200);
    expect(() => medianOf([])).toThrow(/no runs/);
  });
});
