import { runDataBuild } from './run';

// Bad data is reported by runDataBuild as violations; only an unexpected failure lands here.
try {
  process.exitCode = runDataBuild(process.argv.slice(2), console);
} catch (error) {
  console.error('data build failed unexpectedly:', error);
  process.exitCode = 2;
}
