import { runIngestCli } from './run-cli';

// The command line: `npm run ingest -- <report.txt> --state CT --year 2022 --out …` (run-cli.ts).
process.exitCode = runIngestCli(process.argv.slice(2));
