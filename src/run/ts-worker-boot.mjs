// Running from TypeScript sources (tests, `npm start`): worker threads do not inherit the
// parent's tsx loader, so register it here before loading the real worker module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
