// .cts stays CommonJS in a module package; tsc turns this import into require().
import { readFileSync } from 'node:fs';
export = { read: readFileSync, dir: __dirname };
