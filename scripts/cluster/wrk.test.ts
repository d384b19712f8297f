import { describe, expect, it } from 'vitest';
import { parseWrk } from './wrk';

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
