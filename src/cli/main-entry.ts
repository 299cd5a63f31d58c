// Entry point when run from source (`npm start -- …`, tests); the installed bin uses the compiled copy.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
