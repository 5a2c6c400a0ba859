/** The help text of the `chokepoint` command (file-format.md lists the same commands). */
export const USAGE = `Usage: chokepoint <command> [options]

Commands:
  run FILE [--scenario NAME|ID] [--format json|csv] [--mc N] [--seed S] [--dt 1/48] [--out PATH]
          [--discount-rate R] project the scenarios of FILE; --mc adds P10–P90 bands from N draws;
                              cumulative costs are discounted at R (default 0.03)
  validate FILE...            check files; exit 0 when valid, else 1 with one line per error
  example [NAME] [--out PATH] write a built-in example scenario file (default: all presets)
  diff FILE_A FILE_B [--a NAME|ID] [--b NAME|ID] [--json]
                              lever-by-lever differences of two scenarios
  list [--db PATH] [--json]   scenarios in the local library
  import FILE [--db PATH] [--on-conflict keep-both|replace|skip]
  export [--db PATH] [--id ID...] --out FILE
  backtest [--mc N] [--seed S] [--grid [--points K]] [--json]
                              run the model from 2018 on the historical inputs against observations
  sensitivity FILE [--scenario NAME|ID] [--output S|C|aggregate|chokepoints] [--sector ID] [--year Y] [--json]
                              rank the parameters by their effect on an output (a tornado)
  report FILE... --out report.html [--scenario NAME|ID]... [--reference NAME|ID] [--mc N]
          [--lang en|zh-CN] [--discount-rate R]
                              compare 1–4 scenarios (all of the files', or those chosen) in a
                              self-contained HTML report: charts, targets, costs, why they differ;
                              the reference defaults to the first scenario
  optimize FILE [--scenario NAME|ID] --target IC:S>=0.7@2035 [--target …] [--confidence 0.8]
          [--levers a,b,…] [--sectors IC,SME,…] [--budget X] [--mc N] [--seed S] [--from YEAR]
          [--ramp YEARS] [--discount-rate R] [--out plan.chokepoint] [--json]
                              the least-cost lever package meeting the targets in a share of the
                              Monte Carlo draws, the cost–confidence frontier and what breaks it

Exit codes: 0 success, 1 invalid input (message on stderr, nothing written), 2 usage error.
`;
