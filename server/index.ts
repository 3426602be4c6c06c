// Entry point of `npm start`: the API and the built explorer on one port, until SIGTERM or SIGINT.
import { run } from './start.ts';

run('peel-graph', { log: (message) => console.log(`[peel-graph] ${message}`) });
