// package.json has no "type": Node 22.12+ runs this file only through syntax detection.
import { hostname } from 'node:os'; // expect: AmbiguousModuleType

export const host = hostname();
