/**
 * `npm run bench [-- <name>…] [--large]`: runs the benchmark modules (all, or those named), each
 * printing one JSON line per figure.
 */
import { runBookingBench } from './booking';
import { runDashboardBench } from './dashboard';
import { runPairingBench } from './pairing';

const benches: { readonly name: string; readonly run: (argv: readonly string[]) => void | Promise<void> }[] =
  [
    { name: 'pairing', run: runPairingBench },
    { name: 'booking', run: runBookingBench },
    { name: 'dashboard', run: runDashboardBench },
  ];

const argv = process.argv.slice(2);
const wanted = argv.filter((arg) => !arg.startsWith('--'));
for (const bench of benches) {
  if (wanted.length === 0 || wanted.includes(bench.name)) await bench.run(argv);
}
