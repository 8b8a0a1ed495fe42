// The package.json is broken: the file is judged as typeless.
import fs from 'node:fs'; // expect: AmbiguousModuleType
export default fs;
