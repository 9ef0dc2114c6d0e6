/** The part of autocannon's API bench/load.ts uses (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    type Context = Record<string, unknown>;
    type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
    type Request = RawRequest & {
      setupRequest?: (req: RawRequest, context: Context) => RawRequest | null | undefined;
      onResponse?: (status: number, body: string, context: Context, headers: Record<string, string | string[]>) => void;
    };
    type Histogram = { average: number; total: number; p50: number; p90: number; p99: number; max: number };
    type Result = {
      requests: Histogram;
      latency: Histogram;
      non2xx: number;
      errors: number;
      timeouts: number;
      statusCodeStats?: Record<string, { count: number | string }>;
    };
    type Options = { url: string; connections?: number; duration?: number; timeout?: number; requests?: Request[]; initialContext?: Context };
    type Instance = { stop: () => void };
  }
  function autocannon(options: autocannon.Options, done: (err: Error | null, result: autocannon.Result) => void): autocannon.Instance;
  export default autocannon;
}
